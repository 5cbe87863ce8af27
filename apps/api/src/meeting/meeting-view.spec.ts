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
      paragraph: 2,
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

  it('never writes a correction that names no point over the whole minute, even one naming its paragraph: it stands beside it', () => {
    expect(minute.paragraphs).toEqual(['The Board considered the parks strategy.', 'Members asked for a plan for the lakeside path.']);
    expect(
      minute.corrections.map((correction) => [correction.point ?? null, correction.paragraph ?? null, correction.correctedText]),
    ).toEqual([
      [null, 2, 'Members asked for a plan for the riverside path.'],
      ['i', null, 'Play areas would be renewed in 2026.'],
    ]);
  });
});

describe('the fields of every item, as every reader gets them', () => {
  const MARCH = 'harrowfield-pb-2024-03-06';
  const events: MeetingEvent[] = [
    { type: 'MeetingScheduled', data: { meetingId: MARCH, bodyId: 'harrowfield-pb', heldOn: '2024-03-06' } },
    { type: 'AgendaItemAdded', data: { meetingId: MARCH, item: { number: '1', title: 'Allotments', kind: 'report' } } },
    {
      type: 'AgendaItemAdded',
      data: { meetingId: MARCH, item: { number: '2', title: 'Depot lease', kind: 'report', exempt: { paragraphs: [3, 5] } } },
    },
    { type: 'AgendaItemAdded', data: { meetingId: MARCH, item: { number: '3', title: 'Street trees', kind: 'report' } } },
    {
      type: 'PresentersRecorded',
      data: { meetingId: MARCH, itemNumber: '3', presentedBy: [], unableToAttend: [{ name: 'Ms K. Adeyemi', role: 'Tree Officer' }] },
    },
    {
      type: 'ResolutionPassed',
      data: {
        meetingId: MARCH,
        bodyId: 'harrowfield-pb',
        heldOn: '2024-03-06',
        itemNumber: '1',
        parts: [
          { label: 'a', kind: 'noted', text: 'That the report be noted.', effects: [] },
          { label: 'b', kind: 'approved', text: 'That the waiting list', effects: [], truncatedAtSource: true },
        ],
      },
    },
    { type: 'OrderOfBusinessVaried', data: { meetingId: MARCH, order: ['3', '1', '2'], reason: 'The Tree Officer had to leave early' } },
  ];
  const meeting = events.reduce(meetingDecider.evolve, meetingDecider.initialState) as ScheduledMeeting;
  const fields = (order: ItemOrderValue) =>
    itemsOf(meeting, order, true).map((item) => ({
      number: item.number,
      agendaPosition: item.agendaPosition,
      businessPosition: item.businessPosition,
      exempt: item.exempt,
      exemptParagraphs: item.exemptParagraphs,
      unableToAttend: item.unableToAttend,
      truncated: item.resolution.map((part) => part.truncatedAtSource),
    }));
  const one = {
    number: '1',
    agendaPosition: 1,
    businessPosition: 2,
    exempt: false,
    exemptParagraphs: [],
    unableToAttend: [],
    truncated: [false, true],
  };
  const two = {
    number: '2',
    agendaPosition: 2,
    businessPosition: 3,
    exempt: true,
    exemptParagraphs: [3, 5],
    unableToAttend: [],
    truncated: [],
  };
  const three = {
    number: '3',
    agendaPosition: 3,
    businessPosition: 1,
    exempt: false,
    exemptParagraphs: [],
    unableToAttend: [{ name: 'Ms K. Adeyemi', role: 'Tree Officer' }],
    truncated: [],
  };

  it('in the order of the agenda, with each item’s place in the order business was taken', () => {
    expect(fields(ItemOrderValue.AGENDA)).toEqual([one, two, three]);
  });

  it('in the order business was taken', () => {
    expect(fields(ItemOrderValue.BUSINESS)).toEqual([three, one, two]);
  });

  it('where business was taken in the agenda’s order, each item’s place in both is its place on the agenda', () => {
    const inOrder = events.slice(0, -1).reduce(meetingDecider.evolve, meetingDecider.initialState) as ScheduledMeeting;
    expect(
      itemsOf(inOrder, ItemOrderValue.BUSINESS, true).map((item) => [item.number, item.agendaPosition, item.businessPosition]),
    ).toEqual([
      ['1', 1, 1],
      ['2', 2, 2],
      ['3', 3, 3],
    ]);
  });

  it('gives an item withdrawn before business was reordered its place on the agenda, and each part the effects it recorded', () => {
    const withdrawnFirst = [
      ...events.slice(0, -1),
      { type: 'AgendaItemWithdrawn', data: { meetingId: MARCH, itemNumber: '2', reason: 'The lease was not ready' } },
      {
        type: 'ResolutionPassed',
        data: {
          meetingId: MARCH,
          bodyId: 'harrowfield-pb',
          heldOn: '2024-03-06',
          itemNumber: '3',
          parts: [
            {
              kind: 'approved',
              text: 'That Harrowfield Tree Wardens be admitted as a member.',
              effects: [
                { kind: 'admit-member-organisation', organisationId: 'tree-wardens', organisationName: 'Harrowfield Tree Wardens' },
              ],
            },
          ],
        },
      },
      { type: 'OrderOfBusinessVaried', data: { meetingId: MARCH, order: ['3', '1'], reason: 'The Tree Officer had to leave early' } },
    ] as MeetingEvent[];
    const reordered = withdrawnFirst.reduce(meetingDecider.evolve, meetingDecider.initialState) as ScheduledMeeting;
    const items = itemsOf(reordered, ItemOrderValue.AGENDA, true);
    expect(items.map((item) => [item.number, item.agendaPosition, item.businessPosition, item.withdrawnReason ?? null])).toEqual([
      ['1', 1, 2, null],
      ['2', 2, 2, 'The lease was not ready'],
      ['3', 3, 1, null],
    ]);
    expect(items[2]!.resolution.map((part) => part.effects)).toEqual([
      [{ kind: 'admit-member-organisation', organisationId: 'tree-wardens', organisationName: 'Harrowfield Tree Wardens' }],
    ]);
  });
});
