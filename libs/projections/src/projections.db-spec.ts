import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { LogConsumer, openStorage, type Storage } from '@ledger/event-store';
import { executeCommand } from '@ledger/write-side';
import { readCheckpoint } from './project-batch';
import { ProjectionRunner } from './projection-runner';
import { deferIndexes } from './deferred-indexes';
import { migrateReadModels } from './read-model-schema';
import { StatisticsSchedule } from './read-model-statistics';
import { rebuildReadModels } from './rebuild';
import { verifyReadModels } from './verify';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const SCHEMA = 'ledger_read';

function boardMeeting(bodyId: string): DomainCommand[] {
  const meetingId = `${bodyId}-2023-09-29`;
  return [
    { type: 'EstablishBody', data: { bodyId, name: 'Northshire Safer Communities Board', shortName: 'NSCB' } },
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId,
        bodyId,
        startsAt: '2023-09-29T10:00:00+01:00',
        location: { kind: 'online', platform: 'Microsoft Teams' },
        contactOfficer: { name: 'Imogen Fairweather' },
      },
    },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '4', title: 'NSCB Action Log', kind: 'action-log' } } },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '6', title: 'Eastdale District Council membership', kind: 'report' } } },
    {
      type: 'PassResolution',
      data: {
        meetingId,
        itemNumber: '4',
        recordedAt: '2023-10-02T09:00:00+01:00',
        parts: [{ kind: 'noted', text: 'That the status of the Action Log be noted.', effects: [] }],
      },
    },
    {
      type: 'PassResolution',
      data: {
        meetingId,
        itemNumber: '6',
        recordedAt: '2023-10-02T09:00:00+01:00',
        parts: [
          { label: 'a', kind: 'approved', text: "That Eastdale District Council's membership of the Board be approved", effects: [] },
          { label: 'b', kind: 'approved', text: 'That the proposed new Terms of Reference be approved', effects: [] },
        ],
      },
    },
  ] as DomainCommand[];
}

describe('read model projections', () => {
  let storage: Storage;
  let runner: ProjectionRunner;
  const bodyId = `b${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    let last;
    for (const command of boardMeeting(bodyId)) {
      last = await executeCommand(storage.eventStore, {
        command,
        correlationId: randomUUID(),
        principal: { id: 'clerk', role: 'clerk' },
        source: 'graphql',
      });
    }
    runner = new ProjectionRunner({
      store: storage.eventStore,
      log: new LogConsumer({ store: storage.eventStore }),
      database: storage.database,
      schema: SCHEMA,
      logger: quiet,
    });
    await runner.start();
    expect(await runner.waitFor(last!.position!, 15_000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await storage.close();
  });

  it("keeps each aggregate's folded state with the columns queries filter on", async () => {
    const [body] = await storage.database.query<{ name: string; state: { status: string } }>(
      `SELECT name, state FROM ${SCHEMA}.bodies WHERE body_id = $1`,
      [bodyId],
    );
    expect(body).toMatchObject({ name: 'Northshire Safer Communities Board', state: { status: 'established' } });
    const [meeting] = await storage.database.query<{ held_on: unknown; status: string }>(
      `SELECT held_on::text AS held_on, status FROM ${SCHEMA}.meetings WHERE body_id = $1`,
      [bodyId],
    );
    expect(meeting).toEqual({ held_on: '2023-09-29', status: 'held' });
  });

  it('lists every resolution part in the decision register, searchable by its words', async () => {
    const rows = await storage.database.query<{ item_number: string; part: string }>(
      `SELECT item_number, part FROM ${SCHEMA}.decisions WHERE body_id = $1 AND search @@ websearch_to_tsquery('english', $2)
       ORDER BY held_on DESC, meeting_id DESC, item_order, part_order`,
      [bodyId, 'terms of reference approved'],
    );
    expect(rows).toEqual([{ item_number: '6', part: 'b' }]);
    const all = await storage.database.query(`SELECT 1 FROM ${SCHEMA}.decisions WHERE body_id = $1`, [bodyId]);
    expect(all).toHaveLength(3);
  });

  it('counts each event once', async () => {
    const checkpoint = await readCheckpoint(storage.database, SCHEMA);
    expect(checkpoint?.eventsApplied).toBe(checkpoint?.position);
  });

  it('rebuilds to exactly the live read models, and reports a row that differs', async () => {
    await runner.stop();
    expect((await verifyReadModels({ store: storage.eventStore, database: storage.database, schema: SCHEMA })).differences).toEqual([]);

    await storage.database.query(`UPDATE ${SCHEMA}.decisions SET text = 'rewritten' WHERE body_id = $1 AND part = 'a'`, [bodyId]);
    const report = await verifyReadModels({ store: storage.eventStore, database: storage.database, schema: SCHEMA });
    expect(report.differences).toEqual([
      {
        table: 'decisions',
        onlyLive: [{ meeting_id: `${bodyId}-2023-09-29`, item_number: '6', part: 'a' }],
        onlyRebuilt: [{ meeting_id: `${bodyId}-2023-09-29`, item_number: '6', part: 'a' }],
      },
    ]);

    const rebuilt = await rebuildReadModels({ store: storage.eventStore, database: storage.database, schema: SCHEMA });
    expect(rebuilt.position).toBe((await storage.eventStore.headPosition())!);
    expect((await verifyReadModels({ store: storage.eventStore, database: storage.database, schema: SCHEMA })).differences).toEqual([]);
    await runner.start();
  });

  it('leaves rebuilt tables with the statistics the planner needs', async () => {
    await runner.stop();
    await rebuildReadModels({ store: storage.eventStore, database: storage.database, schema: SCHEMA });
    // reltuples is -1 until a table is first vacuumed or analysed.
    const tables = await storage.database.query<{ relname: string; reltuples: number }>(
      `SELECT relname, reltuples FROM pg_class WHERE relnamespace = $1::regnamespace AND relkind = 'r' AND relname <> 'schema_migrations' ORDER BY relname`,
      [SCHEMA],
    );
    expect(tables.map((t) => t.relname)).toEqual([
      'actions',
      'bodies',
      'body_versions',
      'decisions',
      'follow_ups',
      'meetings',
      'minute_passages',
      'person_mentions',
      'person_registers',
      'projection_checkpoint',
      'read_model_versions',
      'recorded_times',
      'source_files',
    ]);
    // The two bookkeeping tables hold a row or a few, and are read by key.
    expect(tables.filter((t) => !['projection_checkpoint', 'read_model_versions'].includes(t.relname) && t.reltuples < 0)).toEqual([]);
    await runner.start();
  });
});

describe('indexes deferred by a rebuild', () => {
  let storage: Storage;
  const indexesOf = async (schema: string) =>
    (
      await storage.database.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`, [
        schema,
      ])
    ).map((row) => row.indexdef.replace(`${schema}.`, 'SCHEMA.'));

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    await migrateReadModels(storage.database, 'fresh_read');
  });
  afterAll(() => storage.close());

  it('are all there again once a rebuild has finished', async () => {
    await rebuildReadModels({ store: storage.eventStore, database: storage.database, schema: 'rebuilt_read' });
    expect(await indexesOf('rebuilt_read')).toEqual(await indexesOf('fresh_read'));
  });

  it('are restored by whatever opens the read models next when a rebuild stopped half way', async () => {
    await migrateReadModels(storage.database, 'stopped_read');
    await deferIndexes(storage.database, 'stopped_read');
    const deferred = await indexesOf('stopped_read');
    expect(deferred.length).toBeLessThan((await indexesOf('fresh_read')).length);
    expect(deferred.every((index) => index.includes('_pkey'))).toBe(true);

    await migrateReadModels(storage.database, 'stopped_read');
    expect(await indexesOf('stopped_read')).toEqual(await indexesOf('fresh_read'));
  });
});

describe("when the planner's statistics are refreshed", () => {
  it('is once 10,000 events are in, then each time a tenth more have been applied', () => {
    const schedule = new StatisticsSchedule();
    const due = [5_000, 10_000, 15_000, 20_000, 1_000_000, 1_050_000, 1_100_000, 1_199_999, 1_210_000].filter((applied) =>
      schedule.due(applied),
    );
    expect(due).toEqual([10_000, 20_000, 1_000_000, 1_100_000, 1_210_000]);
  });
});
