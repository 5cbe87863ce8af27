import ICAL from 'ical.js';
import type { CalendarEntry } from './calendar-entries';
import { meetingsCalendar } from './meetings-calendar';

const entries: CalendarEntry[] = [
  {
    uid: '4c1c3f0e-8f8e-5c55-9a7e-0d1f6f0a3b21',
    start: { date: '2024-03-14' },
    summary: 'Brackwater Health and Wellbeing Board meeting',
    status: 'CONFIRMED',
    sequence: 0,
    stamp: new Date('2024-03-01T09:00:00Z'),
  },
  {
    uid: '9b7f2d9e-1c0a-5e43-8d61-2f4a5b6c7d8e',
    start: { dateTime: '2024-05-16T10:00:00+01:00' },
    end: '2024-05-16T12:30:00+01:00',
    summary: 'Brackwater Health and Wellbeing Board meeting',
    location: 'Committee Room 2, Lyne House; Brackwater',
    status: 'CANCELLED',
    sequence: 2,
    stamp: new Date('2024-05-17T08:00:00Z'),
    url: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150&Ver=4',
    description: 'Cancelled: Not quorate, and the chair, "unwell".\nA second line.',
  },
];

function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('meetings as an iCalendar file', () => {
  const ics = meetingsCalendar({ name: 'Brackwater Health and Wellbeing Board: meetings', entries });

  it('parses back with the calendar name and one event per entry', () => {
    const { calendar, events } = parsed(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Brackwater Health and Wellbeing Board: meetings');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([entries[0]!.uid, entries[1]!.uid]);
  });

  it('gives a day without a known time as an all-day DATE, with no end and no time made up', () => {
    const [event] = parsed(ics).events;
    const start = event!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2024-03-14');
    expect(event!.getFirstProperty('dtend')).toBeNull();
    expect(event!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event!.getFirstPropertyValue('sequence')).toBe(0);
    expect(event!.getFirstProperty('location')).toBeNull();
    expect((event!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate()).toEqual(new Date('2024-03-01T09:00:00Z'));
  });

  it('gives a known start and end as the instants recorded, with place, status, sequence, page and description', () => {
    const event = new ICAL.Event(parsed(ics).events[1]);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate()).toEqual(new Date('2024-05-16T09:00:00Z'));
    expect(event.endDate.toJSDate()).toEqual(new Date('2024-05-16T11:30:00Z'));
    expect(event.summary).toBe('Brackwater Health and Wellbeing Board meeting');
    expect(event.location).toBe('Committee Room 2, Lyne House; Brackwater');
    expect(event.sequence).toBe(2);
    expect(event.description).toBe('Cancelled: Not quorate, and the chair, "unwell".\nA second line.');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://democracy.example.org/ieListDocuments.aspx?MId=5150&Ver=4');
  });

  it('is an empty calendar when there is nothing to show', () => {
    expect(parsed(meetingsCalendar({ name: 'Brackwater Health and Wellbeing Board: meetings', entries: [] })).events).toEqual([]);
  });
});
