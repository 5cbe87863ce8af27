import type { ContactOfficer, MeetingLocation } from '@ledger/domain';
import { isIsoDate } from '@ledger/domain';
import { ImportPlanError } from '../errors';
import type { MinutesDocument } from '../parse/minutes-document';
import { londonDateTime } from '../text/dates';
import type { PlannedMeeting, PlanNote } from './import-plan';

/**
 * The meeting's date, time, place and contact from the header. A page without a header (the
 * 2019 page starts at its first item) takes its date from the --date option and says so; time,
 * place and contact it cannot know are recorded as not stated, and the plan says that too.
 */
export function planMeetingBasics(document: MinutesDocument, date: string | undefined, notes: PlanNote[]): PlannedMeeting {
  const header = document.header;
  if (date !== undefined && !isIsoDate(date)) {
    throw new ImportPlanError('INVALID_OPTION', `--date must be a date written YYYY-MM-DD, not "${date}"`);
  }
  let meetingDate: string;
  let dateFrom: PlannedMeeting['dateFrom'];
  if (header?.date) {
    meetingDate = header.date.value;
    dateFrom = 'header';
    if (date !== undefined && date !== meetingDate) {
      notes.push({ message: `--date ${date} is ignored: the page's header gives the date ${meetingDate}`, lines: header.date.lines });
    }
  } else if (date !== undefined) {
    meetingDate = date;
    dateFrom = 'option';
    notes.push({ message: `the page has no header giving the meeting's date; the date ${date} comes from --date` });
  } else {
    throw new ImportPlanError('MEETING_DATE_REQUIRED', 'pass --date YYYY-MM-DD to say when the meeting was held', 1);
  }

  const time = header?.time?.value;
  if (!time)
    notes.push({ message: `the page does not give the meeting's time; the meeting is recorded for ${meetingDate}, its time unknown` });
  const location: MeetingLocation | undefined = header?.location?.value;
  if (!location) notes.push({ message: "the page does not give the meeting's venue; it is recorded as unknown" });
  const contactOfficer: ContactOfficer | undefined = header?.contact?.value;
  if (!contactOfficer) notes.push({ message: 'the page does not name a contact officer; recorded as unknown' });
  const startsAt = time ? londonDateTime(meetingDate, time) : undefined;

  return {
    date: meetingDate,
    dateFrom,
    ...(startsAt !== undefined && { startsAt }),
    ...(location && { location }),
    ...(contactOfficer && { contactOfficer }),
    // The domain takes business as done once the meeting has started; with only the day known, from its start.
    businessRecordedAt: startsAt ?? londonDateTime(meetingDate, { hours: 0, minutes: 0 }),
    ...(header?.bodyName && { bodyNameAsPrinted: header.bodyName.value }),
    lines: header?.lines ?? { from: 1, to: 1 },
  };
}

export function describeMeetingTime(meeting: PlannedMeeting): string {
  return meeting.startsAt ? meeting.startsAt.slice(11, 16) : '(time not stated)';
}
