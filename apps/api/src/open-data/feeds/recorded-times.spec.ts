import type { BodyEvent, MeetingEvent } from '@ledger/domain';
import { bodyLogOf, meetingLogOf, type LoggedEvent } from './recorded-times';

const at = (time: string) => new Date(time);
const meetingId = 'brackwater-hwb-2024-05-09';
const logged = <Event>(event: Event, time: string): LoggedEvent<Event> => ({ event, recordedAt: at(time) });

const resolution = (itemNumber: string, text: string): MeetingEvent => ({
  type: 'ResolutionPassed',
  data: { meetingId, bodyId: 'brackwater-hwb', heldOn: '2024-05-16', itemNumber, parts: [{ kind: 'noted', text, effects: [] }] },
});

describe("what a meeting's stream says of when things were recorded", () => {
  const events: LoggedEvent<MeetingEvent>[] = [
    logged({ type: 'MeetingScheduled', data: { meetingId, bodyId: 'brackwater-hwb', heldOn: '2024-05-09' } }, '2024-04-01T09:00:00Z'),
    logged(
      { type: 'MeetingRescheduled', data: { meetingId, startsAt: '2024-05-14T10:00:00+01:00', reason: 'Room unavailable' } },
      '2024-04-20T09:00:00Z',
    ),
    logged(
      { type: 'MeetingRescheduled', data: { meetingId, startsAt: '2024-05-16T10:00:00+01:00', reason: 'Chair unwell' } },
      '2024-05-02T09:00:00Z',
    ),
    logged(resolution('4', 'That the report be noted.'), '2024-05-16T12:00:00Z'),
    logged(resolution('5', 'That the plan be noted.'), '2024-05-16T12:05:00Z'),
    logged(resolution('4', 'A second resolution for item 4, which the meeting does not take.'), '2024-05-17T08:00:00Z'),
    logged({ type: 'MeetingClosed', data: { meetingId, endedAt: '2024-05-16T12:30:00+01:00' } }, '2024-05-18T08:00:00Z'),
    logged(
      { type: 'MinuteTextRecorded', data: { meetingId, itemNumber: '5', paragraphs: ['Discussed.'], points: [] } },
      '2024-05-19T08:00:00Z',
    ),
  ];

  it('counts the reschedules, keeps when each resolution was first recorded, and when the calendar facts last changed', () => {
    const log = meetingLogOf(events);
    expect(log.reschedules).toBe(2);
    expect(log.resolutionsRecordedAt).toEqual(
      new Map([
        ['4', at('2024-05-16T12:00:00Z')],
        ['5', at('2024-05-16T12:05:00Z')],
      ]),
    );
    expect(log.calendarRevisedAt).toEqual(at('2024-05-18T08:00:00Z'));
  });

  it('has no reschedules for a meeting only scheduled', () => {
    expect(meetingLogOf(events.slice(0, 1))).toEqual({
      reschedules: 0,
      resolutionsRecordedAt: new Map(),
      calendarRevisedAt: at('2024-04-01T09:00:00Z'),
    });
  });

  it('refuses an empty stream, which is no meeting', () => {
    expect(() => meetingLogOf([])).toThrow('A meeting is known by the events of its stream; this one has none');
  });
});

describe("what a body's stream says of when things were recorded", () => {
  const decision = { meetingId: 'brackwater-hwb-2024-05-16', itemNumber: '7' };
  const events: LoggedEvent<BodyEvent>[] = [
    logged(
      { type: 'BodyEstablished', data: { bodyId: 'brackwater-hwb', name: 'Brackwater Health and Wellbeing Board', shortName: 'BHWB' } },
      '2024-01-05T09:00:00Z',
    ),
    logged(
      { type: 'FutureMeetingDatesAgreed', data: { bodyId: 'brackwater-hwb', startTimes: ['2024-09-12T14:00:00+01:00'], decision } },
      '2024-05-16T12:10:00Z',
    ),
    logged(
      { type: 'FutureMeetingDatesAgreed', data: { bodyId: 'brackwater-hwb', startTimes: ['2024-12-05T14:00:00Z'], decision } },
      '2024-05-16T12:11:00Z',
    ),
  ];

  it('gives when the body was established and when each agreement of dates was recorded, in order', () => {
    expect(bodyLogOf(events)).toEqual({
      establishedAt: at('2024-01-05T09:00:00Z'),
      agreementsRecordedAt: [at('2024-05-16T12:10:00Z'), at('2024-05-16T12:11:00Z')],
    });
  });

  it('refuses a stream without the body', () => {
    expect(() => bodyLogOf(events.slice(1))).toThrow('A body is known by the event that established it; this stream has none');
  });
});
