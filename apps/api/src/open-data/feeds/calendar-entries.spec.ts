import {
  bodyDecider,
  foldEvents,
  meetingDecider,
  type BodyEvent,
  type EstablishedBody,
  type MeetingEvent,
  type ScheduledMeeting,
} from '@ledger/domain';
import { agreedDateUid, calendarEntries, meetingUid, type CalendarSources } from './calendar-entries';
import type { MeetingLog } from './recorded-times';

const BODY = 'brackwater-hwb';
const at = (time: string) => new Date(time);
const meeting = (events: MeetingEvent[]) => foldEvents(meetingDecider, events) as ScheduledMeeting;
const log = (reschedules: number, calendarRevisedAt: string): MeetingLog => ({
  reschedules,
  resolutionsRecordedAt: new Map(),
  calendarRevisedAt: at(calendarRevisedAt),
});

const MAY = `${BODY}-2024-05-16`;
const moved = meeting([
  {
    type: 'MeetingScheduled',
    data: {
      meetingId: MAY,
      bodyId: BODY,
      startsAt: '2024-05-09T14:00:00+01:00',
      location: { kind: 'venue', venue: 'Committee Room 2, Lyne House' },
    },
  },
  { type: 'MeetingRescheduled', data: { meetingId: MAY, startsAt: '2024-05-14T10:00:00+01:00', reason: 'Room unavailable' } },
  { type: 'MeetingRescheduled', data: { meetingId: MAY, startsAt: '2024-05-16T10:00:00+01:00', reason: 'Chair unwell' } },
  {
    type: 'AgendaItemAdded',
    data: { meetingId: MAY, item: { number: '7', title: 'Dates of future meetings', kind: 'date-of-next-meeting' } },
  },
  {
    type: 'AgendaItemAdded',
    data: {
      meetingId: MAY,
      item: { number: '8', minuteNumber: '52', title: 'Estates review', kind: 'report', exempt: { paragraphs: [3] } },
    },
  },
  { type: 'MeetingClosed', data: { meetingId: MAY, endedAt: '2024-05-16T12:30:00+01:00' } },
]);

const MARCH = `${BODY}-2024-03-14`;
const dayOnly = meeting([
  { type: 'MeetingScheduled', data: { meetingId: MARCH, bodyId: BODY, heldOn: '2024-03-14' } },
  { type: 'MeetingClosed', data: { meetingId: MARCH, endedAt: '2024-03-14T16:00:00Z' } },
]);

const JULY = `${BODY}-2024-07-04`;
const cancelled = meeting([
  {
    type: 'MeetingScheduled',
    data: {
      meetingId: JULY,
      bodyId: BODY,
      startsAt: '2024-07-04T14:00:00+01:00',
      location: { kind: 'online', platform: 'Microsoft Teams' },
    },
  },
  { type: 'MeetingCancelled', data: { meetingId: JULY, reason: 'Not quorate' } },
]);

const agreedAtItem7 = { meetingId: MAY, itemNumber: '7', part: 'a' };
const agreedAtExemptItem8 = { meetingId: MAY, itemNumber: '8' };
const agreedAtUnrecordedMeeting = { meetingId: `${BODY}-2023-11-30`, itemNumber: '12' };

const body = foldEvents(bodyDecider, [
  { type: 'BodyEstablished', data: { bodyId: BODY, name: 'Brackwater Health and Wellbeing Board', shortName: 'BHWB' } },
  {
    type: 'BodyRenamed',
    data: {
      bodyId: BODY,
      name: 'Brackwater and Lyne Health and Wellbeing Board',
      shortName: 'BLHWB',
      inForceFrom: '2024-06-01',
      decision: agreedAtItem7,
    },
  },
  // The July date stands for the cancelled meeting; September is new; December is agreed twice.
  {
    type: 'FutureMeetingDatesAgreed',
    data: {
      bodyId: BODY,
      startTimes: ['2024-07-04T14:00:00+01:00', '2024-09-12T14:00:00+01:00', '2024-12-05T14:00:00Z'],
      decision: agreedAtItem7,
    },
  },
  {
    type: 'FutureMeetingDatesAgreed',
    data: { bodyId: BODY, startTimes: ['2024-12-05T14:00:00+00:00'], decision: agreedAtUnrecordedMeeting },
  },
  { type: 'FutureMeetingDatesAgreed', data: { bodyId: BODY, startTimes: ['2025-02-20T14:00:00Z'], decision: agreedAtExemptItem8 } },
] satisfies BodyEvent[]) as EstablishedBody;

const sources = (seesExempt: boolean): CalendarSources => ({
  body,
  meetings: [
    { meeting: dayOnly, log: log(0, '2024-03-01T09:00:00Z') },
    { meeting: moved, log: log(2, '2024-05-17T08:00:00Z'), page: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150' },
    { meeting: cancelled, log: log(0, '2024-06-28T09:00:00Z') },
  ],
  agreements: [
    { agreement: body.agreedMeetingDates[0]!, recordedAt: at('2024-05-16T12:10:00Z') },
    { agreement: body.agreedMeetingDates[1]!, recordedAt: at('2024-05-20T09:00:00Z') },
    { agreement: body.agreedMeetingDates[2]!, recordedAt: at('2024-05-21T09:00:00Z') },
  ],
  decidingMeetings: new Map([[MAY, moved]]),
  seesExempt,
});

describe("a body's meetings and agreed dates as calendar entries", () => {
  it('gives each meeting as recorded, each agreed date no meeting stands for, by day, and nothing the public may not read', () => {
    expect(calendarEntries(sources(false))).toEqual([
      {
        uid: meetingUid(MARCH),
        start: { date: '2024-03-14' },
        summary: 'Brackwater Health and Wellbeing Board meeting',
        status: 'CONFIRMED',
        sequence: 0,
        stamp: at('2024-03-01T09:00:00Z'),
      },
      {
        uid: meetingUid(MAY),
        start: { dateTime: '2024-05-16T10:00:00+01:00' },
        end: '2024-05-16T12:30:00+01:00',
        summary: 'Brackwater Health and Wellbeing Board meeting',
        location: 'Committee Room 2, Lyne House',
        status: 'CONFIRMED',
        sequence: 2,
        stamp: at('2024-05-17T08:00:00Z'),
        url: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150',
      },
      {
        uid: meetingUid(JULY),
        start: { dateTime: '2024-07-04T14:00:00+01:00' },
        summary: 'Brackwater and Lyne Health and Wellbeing Board meeting',
        location: 'Microsoft Teams',
        status: 'CANCELLED',
        sequence: 0,
        stamp: at('2024-06-28T09:00:00Z'),
        description: 'Cancelled: Not quorate',
      },
      {
        uid: agreedDateUid(BODY, '2024-09-12T14:00:00+01:00'),
        start: { dateTime: '2024-09-12T14:00:00+01:00' },
        summary: 'Brackwater and Lyne Health and Wellbeing Board meeting',
        status: 'TENTATIVE',
        sequence: 0,
        stamp: at('2024-05-16T12:10:00Z'),
        description: 'A meeting date agreed at BHWB 16 May 2024, minute 7(a); no meeting on this day is recorded.',
      },
      {
        uid: agreedDateUid(BODY, '2024-12-05T14:00:00Z'),
        start: { dateTime: '2024-12-05T14:00:00Z' },
        summary: 'Brackwater and Lyne Health and Wellbeing Board meeting',
        status: 'TENTATIVE',
        sequence: 0,
        stamp: at('2024-05-16T12:10:00Z'),
        description: 'A meeting date agreed at BHWB 16 May 2024, minute 7(a); no meeting on this day is recorded.',
      },
    ]);
  });

  it('shows a caller who may see exempt business the date agreed under an exempt item, citing its printed minute', () => {
    const february = calendarEntries(sources(true)).find((entry) => entry.uid === agreedDateUid(BODY, '2025-02-20T14:00:00Z'));
    expect(february?.description).toBe('A meeting date agreed at BHWB 16 May 2024, minute 52; no meeting on this day is recorded.');
  });

  it('names the decision by its meeting and item when the ledger does not hold that meeting', () => {
    const entries = calendarEntries({
      ...sources(false),
      agreements: [{ agreement: body.agreedMeetingDates[1]!, recordedAt: at('2024-05-20T09:00:00Z') }],
    });
    expect(entries.map((entry) => entry.description)).toContain(
      `A meeting date agreed at meeting ${BODY}-2023-11-30, item 12; no meeting on this day is recorded.`,
    );
  });

  it('gives the same uid to the same instant however its offset is written', () => {
    expect(agreedDateUid(BODY, '2024-12-05T14:00:00+00:00')).toBe(agreedDateUid(BODY, '2024-12-05T14:00:00Z'));
    expect(agreedDateUid(BODY, '2024-12-05T14:00:00+01:00')).not.toBe(agreedDateUid(BODY, '2024-12-05T14:00:00Z'));
  });
});
