import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { CalendarEntry } from './calendar-entries';

const STATUS: Record<CalendarEntry['status'], ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
};

/**
 * The entries as an iCalendar file (RFC 5545). Times are written in UTC, the instant the record
 * gives with its offset; an entry known only by its day is an all-day DATE, never a guessed time.
 */
export function meetingsCalendar(calendar: { readonly name: string; readonly entries: readonly CalendarEntry[] }): string {
  const ics = new ICalCalendar({ name: calendar.name, prodId: { company: 'governance-ledger', product: 'feeds', language: 'EN' } });
  for (const entry of calendar.entries) {
    const allDay = 'date' in entry.start;
    ics.createEvent({
      id: entry.uid,
      // A day given as text is read as that day's UTC midnight, which ical-generator writes as the day.
      start: 'date' in entry.start ? entry.start.date : new Date(entry.start.dateTime),
      allDay,
      ...(entry.end !== undefined && { end: new Date(entry.end) }),
      summary: entry.summary,
      ...(entry.location !== undefined && { location: entry.location }),
      status: STATUS[entry.status],
      sequence: entry.sequence,
      stamp: entry.stamp,
      ...(entry.url !== undefined && { url: entry.url }),
      ...(entry.description !== undefined && { description: entry.description }),
    });
  }
  return ics.toString();
}
