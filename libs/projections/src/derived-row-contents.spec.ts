import { meetingDecider, type MeetingEvent, type ScheduledMeeting } from '@ledger/domain';
import { decisionRows } from './decision-rows';
import { passageRows } from './minute-passages';

/** An invented meeting whose items give every kind of row: minute words, points, parts, a correction, a title alone, exempt business. */
const MEETING = 'orwick-csp-2024-02-08';
const events: MeetingEvent[] = [
  { type: 'MeetingScheduled', data: { meetingId: MEETING, bodyId: 'orwick-csp', heldOn: '2024-02-08' } },
  {
    type: 'AgendaItemAdded',
    data: { meetingId: MEETING, item: { number: '3', minuteNumber: '41', title: 'Parking enforcement', kind: 'report' } },
  },
  {
    type: 'AgendaItemAdded',
    data: { meetingId: MEETING, item: { number: '4', title: 'Date of next meeting', kind: 'date-of-next-meeting' } },
  },
  {
    type: 'AgendaItemAdded',
    data: { meetingId: MEETING, item: { number: '5', title: 'Towing contract', kind: 'report', exempt: { paragraphs: [3] } } },
  },
  {
    type: 'MinuteTextRecorded',
    data: {
      meetingId: MEETING,
      itemNumber: '3',
      paragraphs: ['Wardens issued 900 notices.'],
      points: [{ label: 'i', text: 'Signs would be renewed.' }],
    },
  },
  {
    type: 'ResolutionPassed',
    data: {
      meetingId: MEETING,
      bodyId: 'orwick-csp',
      heldOn: '2024-02-08',
      itemNumber: '3',
      parts: [
        { label: 'a', kind: 'noted', text: 'That the report be noted.', effects: [] },
        { label: 'b', kind: 'approved', text: 'That the signs be renewed.', effects: [] },
      ],
    },
  },
  { type: 'MinuteTextRecorded', data: { meetingId: MEETING, itemNumber: '5', paragraphs: ['Three bids were compared.'], points: [] } },
  {
    type: 'ResolutionPassed',
    data: {
      meetingId: MEETING,
      bodyId: 'orwick-csp',
      heldOn: '2024-02-08',
      itemNumber: '5',
      parts: [{ kind: 'approved', text: 'That the lowest bid be accepted.', effects: [] }],
    },
  },
  {
    type: 'MinuteCorrected',
    data: {
      meetingId: MEETING,
      itemNumber: '41',
      point: 'i',
      correctedText: 'Signs would be renewed in spring.',
      source: { meetingId: 'orwick-csp-2024-04-11', itemNumber: '2' },
      correctedOn: '2024-04-11',
    },
  },
  {
    type: 'MinuteCorrected',
    data: {
      meetingId: MEETING,
      itemNumber: '5',
      correctedText: 'Four bids were compared.',
      source: { meetingId: 'orwick-csp-2024-04-11', itemNumber: '2' },
      correctedOn: '2024-04-11',
    },
  },
];
const meeting = events.reduce(meetingDecider.evolve, meetingDecider.initialState) as ScheduledMeeting;
const common = { meeting_id: MEETING, body_id: 'orwick-csp', held_on: '2024-02-08' };

describe('the rows a meeting gives the register and the search', () => {
  it('gives the register each resolution part under its item, in order, cited by the printed minute number, exempt where confidential', () => {
    expect(decisionRows(meeting)).toEqual([
      {
        ...common,
        item_number: '3',
        part: 'a',
        item_order: 0,
        part_order: 0,
        item_title: 'Parking enforcement',
        minute_number: '41',
        decision_kind: 'noted',
        text: 'That the report be noted.',
        exempt: false,
      },
      {
        ...common,
        item_number: '3',
        part: 'b',
        item_order: 0,
        part_order: 1,
        item_title: 'Parking enforcement',
        minute_number: '41',
        decision_kind: 'approved',
        text: 'That the signs be renewed.',
        exempt: false,
      },
      {
        ...common,
        item_number: '5',
        part: '',
        item_order: 2,
        part_order: 0,
        item_title: 'Towing contract',
        minute_number: '5',
        decision_kind: 'approved',
        text: 'That the lowest bid be accepted.',
        exempt: true,
      },
    ]);
  });

  it('gives the search every paragraph, point, part and correction (found by the printed minute number or the item number), and the title of an item with no words', () => {
    const row = (item_number: string, seq: number, item_order: number, minute_number: string, item_title: string) => ({
      ...common,
      item_number,
      seq,
      item_order,
      minute_number,
      item_title,
    });
    expect(passageRows(meeting)).toEqual([
      { ...row('3', 0, 0, '41', 'Parking enforcement'), kind: 'minute', label: '', text: 'Wardens issued 900 notices.', exempt: false },
      { ...row('3', 1, 0, '41', 'Parking enforcement'), kind: 'minute', label: 'i', text: 'Signs would be renewed.', exempt: false },
      { ...row('3', 2, 0, '41', 'Parking enforcement'), kind: 'resolution', label: 'a', text: 'That the report be noted.', exempt: false },
      { ...row('3', 3, 0, '41', 'Parking enforcement'), kind: 'resolution', label: 'b', text: 'That the signs be renewed.', exempt: false },
      {
        ...row('3', 4, 0, '41', 'Parking enforcement'),
        kind: 'correction',
        label: 'i',
        text: 'Signs would be renewed in spring.',
        exempt: false,
      },
      { ...row('4', 0, 1, '4', 'Date of next meeting'), kind: 'title', label: '', text: 'Date of next meeting', exempt: false },
      { ...row('5', 0, 2, '5', 'Towing contract'), kind: 'minute', label: '', text: 'Three bids were compared.', exempt: true },
      { ...row('5', 1, 2, '5', 'Towing contract'), kind: 'resolution', label: '', text: 'That the lowest bid be accepted.', exempt: true },
      // Cited by the item's own number, which is also its minute's.
      { ...row('5', 2, 2, '5', 'Towing contract'), kind: 'correction', label: '', text: 'Four bids were compared.', exempt: true },
    ]);
  });
});
