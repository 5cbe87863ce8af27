import type { ContactOfficer, MeetingLocation } from '@ledger/domain';
import { isIsoDate } from '@ledger/domain';
import { ImportPlanError } from '../errors';
import type { MinutesDocument } from '../parse/minutes-document';
import { londonDateTime } from '../text/dates';
import type { PlannedMeeting, PlanNote } from './import-plan';

/** What the domain needs to schedule a meeting but a page may not print. */
export const NOT_STATED = 'Not stated in the minutes';

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
  if (!time) notes.push({ message: `the page does not give the meeting's time; it is recorded as 00:00, the start of ${meetingDate}` });
  const location: MeetingLocation = header?.location?.value ?? { kind: 'venue', venue: NOT_STATED };
  if (!header?.location) notes.push({ message: `the page does not give the meeting's venue; it is recorded as "${NOT_STATED}"` });
  const contactOfficer: ContactOfficer = header?.contact?.value ?? { name: NOT_STATED };
  if (!header?.contact) notes.push({ message: `the page does not name a contact officer; recorded as "${NOT_STATED}"` });

  return {
    date: meetingDate,
    dateFrom,
    startsAt: londonDateTime(meetingDate, time ?? { hours: 0, minutes: 0 }),
    timeStated: time !== undefined,
    location,
    locationStated: header?.location !== undefined,
    contactOfficer,
    contactStated: header?.contact !== undefined,
    ...(header?.bodyName && { bodyNameAsPrinted: header.bodyName.value }),
    lines: header?.lines ?? { from: 1, to: 1 },
  };
}

export function describeMeetingTime(meeting: PlannedMeeting): string {
  const time = meeting.startsAt.slice(11, 16);
  return meeting.timeStated ? time : `${time} (time not stated)`;
}

