/** How a meeting's items read to a client, on an invented Harrowfield board. */
import { meetingDecider, type MeetingEvent, type ScheduledMeeting } from '@ledger/domain';
import { ItemOrderValue } from './meeting.model';
import { itemsOf } from './meeting-view';

const MEETING = 'harrowfield-pb-2024-01-10';
const history: MeetingEvent[] = [
  { type: 'MeetingScheduled', data: { meetingId: MEETING, bodyId: 'harrowfield-pb', heldOn: '2024-01-10' } },
  { type: 'AgendaItemAdded', data: { meetingId: MEETING, item: { number: '4', title: 'Parks Strategy', kind: 'report' } } },
  {
    type: 'MinuteTextRecorded',
    data: {
      meetingId: MEETING,
      itemNumber: '4',
      paragraphs: ['The Board considered the parks strategy.', 'Members asked for a plan for the lakeside path.'],
      points: [{ label: 'i', text: 'Play areas would be renewed in 2025.' }],
    },
  },
  {
    type: 'MinutesConfirmed',
    data: {
      meetingId: MEETING,
      confirmedBy: { meetingId: 'harrowfield-pb-2024-03-06', itemNumber: '2' },
      confirmedOn: '2024-03-06',
      subjectToCorrections: true,
    },
  },
  {
    type: 'MinuteCorrected',
    data: {
      meetingId: MEETING,
      itemNumber: '4',
      correctedText: 'Members asked for a plan for the riverside path.',
      source: { meetingId: 'harrowfield-pb-2024-03-06', itemNumber: '2' },
      correctedOn: '2024-03-06',
    },
  },
  {
    type: 'MinuteCorrected',
    data: {
      meetingId: MEETING,
      itemNumber: '4',
      point: 'i',
      correctedText: 'Play areas would be renewed in 2026.',
      source: { meetingId: 'harrowfield-pb-2024-03-06', itemNumber: '2' },
      correctedOn: '2024-03-06',
    },
  },
];

describe('a corrected minute, as a client reads it', () => {
  const meeting = history.reduce(meetingDecider.evolve, meetingDecider.initialState) as ScheduledMeeting;
  const minute = itemsOf(meeting, ItemOrderValue.AGENDA, false)[0]!.minute!;

  it('replaces the point a correction names', () => {
    expect(minute.points).toEqual([
      { label: 'i', text: 'Play areas would be renewed in 2026.', originalText: 'Play areas would be renewed in 2025.' },
    ]);
  });

  it('never writes a correction that names no point over the whole minute: it stands beside it', () => {
    expect(minute.paragraphs).toEqual(['The Board considered the parks strategy.', 'Members asked for a plan for the lakeside path.']);
    expect(minute.corrections.map((correction) => [correction.point ?? null, correction.correctedText])).toEqual([
      [null, 'Members asked for a plan for the riverside path.'],
      ['i', 'Play areas would be renewed in 2026.'],
    ]);
  });
});
