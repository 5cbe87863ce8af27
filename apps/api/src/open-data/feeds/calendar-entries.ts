import { agendaItem, heldOn, isConfidentialText, localDateOf, type EstablishedBody, type ScheduledMeeting } from '@ledger/domain';
import { uuidV5 } from '@ledger/write-side';
import { nameInForce } from '@ledger/domain';
import { citationOf } from '../../shared/citation';
import type { MeetingLog } from './recorded-times';

/** A start with its time and UTC offset, or only the day when the ledger does not know the time. */
export type CalendarStart = { readonly dateTime: string } | { readonly date: string };

/** One VEVENT, in the ledger's words: nothing here is filled in that the record does not give. */
export interface CalendarEntry {
  readonly uid: string;
  readonly start: CalendarStart;
  /** When the meeting closed, where recorded (never for an entry known only by its day). */
  readonly end?: string;
  readonly summary: string;
  readonly location?: string;
  readonly status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  /** How many times the meeting was rescheduled. */
  readonly sequence: number;
  /** When what the entry shows was last recorded. */
  readonly stamp: Date;
  readonly url?: string;
  readonly description?: string;
}

export interface MeetingOnRecord {
  readonly meeting: ScheduledMeeting;
  readonly log: MeetingLog;
  /** The public address of the page it was imported from, when known. */
  readonly page?: string;
}

export interface RecordedAgreement {
  readonly agreement: EstablishedBody['agreedMeetingDates'][number];
  readonly recordedAt: Date;
}

export interface CalendarSources {
  readonly body: EstablishedBody;
  readonly meetings: readonly MeetingOnRecord[];
  readonly agreements: readonly RecordedAgreement[];
  /** The meetings the ledger holds whose resolutions agreed the dates, by id. */
  readonly decidingMeetings: ReadonlyMap<string, ScheduledMeeting>;
  readonly seesExempt: boolean;
}

export const meetingUid = (meetingId: string) => uuidV5(`calendar:meeting:${meetingId}`);
export const agreedDateUid = (bodyId: string, startTime: string) =>
  uuidV5(`calendar:agreed-date:${bodyId}:${new Date(startTime).toISOString()}`);

const summaryOn = (body: EstablishedBody, day: string) => `${nameInForce(body, day).name} meeting`;

const placeOf = (meeting: ScheduledMeeting) =>
  meeting.location && (meeting.location.kind === 'venue' ? meeting.location.venue : meeting.location.platform);

function meetingEntry(body: EstablishedBody, { meeting, log, page }: MeetingOnRecord): CalendarEntry {
  const day = heldOn(meeting);
  const location = placeOf(meeting);
  return {
    uid: meetingUid(meeting.meetingId),
    start: meeting.startsAt !== undefined ? { dateTime: meeting.startsAt } : { date: day },
    ...(meeting.startsAt !== undefined && meeting.endedAt !== undefined && { end: meeting.endedAt }),
    summary: summaryOn(body, day),
    ...(location !== undefined && { location }),
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: log.reschedules,
    stamp: log.calendarRevisedAt,
    ...(page !== undefined && { url: page }),
    ...(meeting.cancellation && { description: `Cancelled: ${meeting.cancellation.reason}` }),
  };
}

function decisionCited(sources: CalendarSources, decision: RecordedAgreement['agreement']['decision']): string {
  const meeting = sources.decidingMeetings.get(decision.meetingId);
  if (!meeting) return `meeting ${decision.meetingId}, item ${decision.itemNumber}${decision.part ? `(${decision.part})` : ''}`;
  const minuteNumber = agendaItem(meeting, decision.itemNumber)?.minuteNumber;
  const cited = {
    meetingId: meeting.meetingId,
    heldOn: heldOn(meeting),
    number: decision.itemNumber,
    ...(minuteNumber && { minuteNumber }),
  };
  return citationOf(sources.body, cited, decision.part);
}

/**
 * Dates the body agreed for future meetings, as tentative entries, except those a recorded meeting
 * now stands for (one held that day) and, for the public, those agreed by a resolution it may not read.
 */
function agreedDateEntries(sources: CalendarSources): CalendarEntry[] {
  const daysWithMeetings = new Set(sources.meetings.map(({ meeting }) => heldOn(meeting)));
  const entries = new Map<string, CalendarEntry>();
  for (const { agreement, recordedAt } of sources.agreements) {
    const deciding = sources.decidingMeetings.get(agreement.decision.meetingId);
    if (!sources.seesExempt && deciding && isConfidentialText(deciding, agreement.decision.itemNumber, 'resolution')) continue;
    for (const startTime of agreement.startTimes) {
      const uid = agreedDateUid(sources.body.bodyId, startTime);
      if (daysWithMeetings.has(localDateOf(startTime)) || entries.has(uid)) continue;
      entries.set(uid, {
        uid,
        start: { dateTime: startTime },
        summary: summaryOn(sources.body, localDateOf(startTime)),
        status: 'TENTATIVE',
        sequence: 0,
        stamp: recordedAt,
        description: `A meeting date agreed at ${decisionCited(sources, agreement.decision)}; no meeting on this day is recorded.`,
      });
    }
  }
  return [...entries.values()];
}

const dayOf = (start: CalendarStart) => ('date' in start ? start.date : localDateOf(start.dateTime));
const instantOf = (start: CalendarStart) => ('date' in start ? '' : new Date(start.dateTime).toISOString());

/** The body's meetings and agreed meeting dates, by day (an entry known only by its day first). */
export function calendarEntries(sources: CalendarSources): CalendarEntry[] {
  return [...sources.meetings.map((meeting) => meetingEntry(sources.body, meeting)), ...agreedDateEntries(sources)].sort(
    (a, b) => dayOf(a.start).localeCompare(dayOf(b.start)) || instantOf(a.start).localeCompare(instantOf(b.start)),
  );
}
