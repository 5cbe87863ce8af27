import type { BodyEvent, MeetingEvent } from '@ledger/domain';

/** An event of a stream, with when the store committed it (the ledger's transaction time). */
export interface LoggedEvent<Event> {
  readonly event: Event;
  readonly recordedAt: Date;
}

/** What a meeting's stream says about when things were recorded, which its read model does not keep. */
export interface MeetingLog {
  /** How many times the meeting was moved: a calendar entry's SEQUENCE. */
  readonly reschedules: number;
  /** When each item's resolution was recorded, by item number. */
  readonly resolutionsRecordedAt: ReadonlyMap<string, Date>;
  /** When what a calendar shows of the meeting (its start, place, status or end) last changed. */
  readonly calendarRevisedAt: Date;
}

const CALENDAR_EVENTS: ReadonlySet<MeetingEvent['type']> = new Set([
  'MeetingScheduled',
  'MeetingRescheduled',
  'MeetingCancelled',
  'MeetingClosed',
]);

/** Reads a meeting's stream, oldest first. */
export function meetingLogOf(events: readonly LoggedEvent<MeetingEvent>[]): MeetingLog {
  if (events.length === 0) throw new Error('A meeting is known by the events of its stream; this one has none');
  const resolutionsRecordedAt = new Map<string, Date>();
  let reschedules = 0;
  let calendarRevisedAt = events[0]!.recordedAt;
  for (const { event, recordedAt } of events) {
    if (event.type === 'MeetingRescheduled') reschedules += 1;
    if (CALENDAR_EVENTS.has(event.type)) calendarRevisedAt = recordedAt;
    // A resolution recorded again for the same item changes nothing (the meeting keeps the first).
    if (event.type === 'ResolutionPassed' && !resolutionsRecordedAt.has(event.data.itemNumber)) {
      resolutionsRecordedAt.set(event.data.itemNumber, recordedAt);
    }
  }
  return { reschedules, resolutionsRecordedAt, calendarRevisedAt };
}

/** What a body's stream says about when things were recorded. */
export interface BodyLog {
  /** When the body was first recorded. */
  readonly establishedAt: Date;
  /** When each agreement of future meeting dates was recorded, in the order of the body's agreedMeetingDates. */
  readonly agreementsRecordedAt: readonly Date[];
}

/** Reads a body's stream, oldest first. */
export function bodyLogOf(events: readonly LoggedEvent<BodyEvent>[]): BodyLog {
  const established = events.find(({ event }) => event.type === 'BodyEstablished');
  if (!established) throw new Error('A body is known by the event that established it; this stream has none');
  return {
    establishedAt: established.recordedAt,
    // The body's state appends one agreement per event, so the n-th event is its n-th agreement.
    agreementsRecordedAt: events.filter(({ event }) => event.type === 'FutureMeetingDatesAgreed').map(({ recordedAt }) => recordedAt),
  };
}
