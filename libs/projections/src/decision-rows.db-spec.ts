import { AGGREGATES, type MeetingState, type ScheduledMeeting } from '@ledger/domain';
import { openStorage, type Storage } from '@ledger/event-store';
import { updateDecisionRows } from './decision-rows';
import { migrateReadModels } from './read-model-schema';

const SCHEMA = 'register_read';

const meeting: ScheduledMeeting = {
  ...(AGGREGATES.meeting.decider.initialState as object),
  status: 'scheduled',
  meetingId: 'northshire-scb-2023-09-29',
  bodyId: 'northshire-scb',
  startsAt: '2023-09-29T10:00:00+01:00',
  items: [
    { number: '4', title: 'NSCB Action Log', kind: 'action-log' },
    { number: '6', title: 'Eastdale District Council membership', kind: 'report' },
  ],
  resolutions: {
    '4': [{ kind: 'noted', text: 'That the status of the Action Log be noted.', effects: [] }],
    '6': [
      { label: 'a', kind: 'approved', text: "That Eastdale District Council's membership of the Board be approved", effects: [] },
      { label: 'b', kind: 'approved', text: 'That the proposed new Terms of Reference be approved', effects: [] },
    ],
  },
} as unknown as ScheduledMeeting;

describe("the decision register, updated from a meeting's previous and new states", () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    await migrateReadModels(storage.database, SCHEMA);
  });
  afterAll(() => storage.close());

  /** Each row with its tuple's transaction id, which changes only when the row is written. */
  const register = () =>
    storage.database.query<{ key: string; text: string; xmin: string }>(
      `SELECT item_number || part AS key, text, xmin::text AS xmin FROM ${SCHEMA}.decisions ORDER BY item_order, part_order`,
    );

  it("writes a new meeting's resolutions, rewrites only the parts that changed, and removes parts that went", async () => {
    await updateDecisionRows(storage.database, SCHEMA, [
      { before: AGGREGATES.meeting.decider.initialState as MeetingState, after: meeting },
    ]);
    const first = await register();
    expect(first.map((row) => row.key)).toEqual(['4', '6a', '6b']);

    const corrected: ScheduledMeeting = {
      ...meeting,
      resolutions: { '4': meeting.resolutions['4']!, '6': [{ ...meeting.resolutions['6']![0]!, text: 'That membership be approved' }] },
    };
    await updateDecisionRows(storage.database, SCHEMA, [{ before: meeting, after: corrected }]);
    const second = await register();
    expect(second.map((row) => [row.key, row.text])).toEqual([
      ['4', 'That the status of the Action Log be noted.'],
      ['6a', 'That membership be approved'],
    ]);
    expect(second[0]!.xmin).toBe(first[0]!.xmin);
    expect(second[1]!.xmin).not.toBe(first[1]!.xmin);

    await updateDecisionRows(storage.database, SCHEMA, [{ before: corrected, after: corrected }]);
    expect(await register()).toEqual(second);
  });
});
