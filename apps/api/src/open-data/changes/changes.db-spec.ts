import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../../testing/api-over-commands';

const BODY = 'brackenford-hwb';
const MEETING = `${BODY}-2024-05-09`;

const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: 'Brackenford Health and Wellbeing Board', shortName: 'BHWB' } },
  { type: 'ScheduleMeeting', data: { meetingId: MEETING, bodyId: BODY, startsAt: '2024-05-09T10:00:00Z' } },
  { type: 'AddAgendaItem', data: { meetingId: MEETING, item: { number: '7', title: 'Pharmacy needs', kind: 'report' } } },
  {
    type: 'PassResolution',
    data: {
      meetingId: MEETING,
      itemNumber: '7',
      recordedAt: '2024-05-09T12:00:00Z',
      parts: [{ kind: 'noted', text: 'That the assessment be noted.', effects: [] }],
    },
  },
];

interface Feed {
  changes: {
    position: string;
    eventType: string;
    kind: string;
    recordId: string;
    bodyId: string | null;
    itemNumber: string | null;
    recordedAt: string;
  }[];
  through: string | null;
  hasMore: boolean;
}

describe('changes: the public feed of what changed, for mirrors', () => {
  let api: ApiOverCommands;
  const feed = async (after: string | null, first: number) =>
    (
      await api.graphql<{ changes: Feed }>(`{ changes(${after ? `after: "${after}", ` : ''}first: ${first}) {
      changes { position eventType kind recordId bodyId itemNumber recordedAt } through hasMore } }`)
    ).changes;

  beforeAll(async () => {
    api = await startApiOverCommands(commands);
    await api.graphql(`{ bodies(${api.settled()}) { bodyId } }`);
  }, 120_000);
  afterAll(() => api?.close());

  it('pages through every change in log order, naming the record, its body and the item, and never what was recorded', async () => {
    const first = await feed(null, 3);
    expect(first.hasMore).toBe(true);
    const rest = await feed(first.through, 3);
    expect(rest.hasMore).toBe(false);
    const changes = [...first.changes, ...rest.changes];
    expect(changes.map(({ eventType, kind, recordId, bodyId, itemNumber }) => ({ eventType, kind, recordId, bodyId, itemNumber }))).toEqual(
      [
        { eventType: 'BodyEstablished', kind: 'BODY', recordId: BODY, bodyId: BODY, itemNumber: null },
        { eventType: 'MeetingScheduled', kind: 'MEETING', recordId: MEETING, bodyId: BODY, itemNumber: null },
        { eventType: 'AgendaItemAdded', kind: 'MEETING', recordId: MEETING, bodyId: BODY, itemNumber: null },
        { eventType: 'ResolutionPassed', kind: 'MEETING', recordId: MEETING, bodyId: BODY, itemNumber: '7' },
      ],
    );
    expect(changes.map((change) => BigInt(change.position))).toEqual(
      [...changes.map((change) => BigInt(change.position))].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(rest.through).toBe(changes.at(-1)!.position);
    expect(JSON.stringify(changes)).not.toContain('assessment');
  });

  it('answers nothing new after the last change, and gives what a later command records', async () => {
    const all = await feed(null, 500);
    expect(await feed(all.through, 10)).toEqual({ changes: [], through: all.through, hasMore: false });
    await api.record({
      type: 'AddAgendaItem',
      data: { meetingId: MEETING, item: { number: '8', title: 'Winter pressures', kind: 'report' } },
    });
    await api.graphql(`{ bodies(${api.settled()}) { bodyId } }`);
    const next = await feed(all.through, 10);
    expect(next.changes.map((change) => [change.eventType, change.recordId])).toEqual([['AgendaItemAdded', MEETING]]);
  });
});
