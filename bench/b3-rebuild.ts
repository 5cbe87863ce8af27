import { AGGREGATES, isDomainEventType, type MeetingState, parseStreamId, toDomainEvent } from '@ledger/domain';
import { type EventStore, PgSqlClient, PGliteSqlClient, type SqlClient, SqlEventStore } from '@ledger/event-store';
import { loadStates, migrateReadModels, rebuildReadModels, saveState, updateDecisionRows } from '@ledger/projections';
import { schemaVersionIn } from '@ledger/write-side';
import type { BenchContext } from './context';
import type { PreparedDataset } from './dataset/prepare';
import { PGLITE_SCHEMA, pgliteFolderOf } from './dataset/prepare';
import { verdict } from './support/report';
import { fmt, median, now, ratio, repeat } from './support/stats';

/**
 * The naive projector the batch design is measured against: one transaction per event, which loads
 * the aggregate's state, folds the one event, saves it and moves the checkpoint.
 */
async function naiveProjection(store: EventStore, database: SqlClient, schema: string, limit: number): Promise<number> {
  await database.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await migrateReadModels(database, schema);
  const started = now();
  let after: bigint | undefined;
  let events = 0;
  while (events < limit) {
    const page = await store.readAll({ after, maxCount: Math.min(1000, limit - events) });
    if (page.length === 0) break;
    for (const event of page) {
      await database.transaction(async (tx) => {
        const stream = parseStreamId(event.streamId);
        if (stream && isDomainEventType(event.type)) {
          const stored = await loadStates(tx, schema, stream.kind, [stream.aggregateId]);
          const { decider } = AGGREGATES[stream.kind];
          const before = stored.get(stream.aggregateId) ?? decider.initialState;
          const state = decider.evolve(before, toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data));
          await saveState(tx, schema, stream.kind, stream.aggregateId, state);
          if (stream.kind === 'meeting')
            await updateDecisionRows(tx, schema, [{ before: before as MeetingState, after: state as MeetingState }]);
        }
        await tx.query(
          `INSERT INTO ${schema}.projection_checkpoint (id, position, events_applied) VALUES (1, $1, 1)
           ON CONFLICT (id) DO UPDATE SET position = excluded.position, events_applied = ${schema}.projection_checkpoint.events_applied + 1`,
          [event.position.toString()],
        );
      });
    }
    events += page.length;
    after = page[page.length - 1]!.position;
  }
  const rate = events / ((now() - started) / 1000);
  await database.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  return rate;
}

/** Drops and rebuilds the read models with rebuildReadModels; returns the seconds it took. */
export async function timedRebuild(
  store: EventStore,
  database: SqlClient,
  schema: string,
  expected: number,
  shards: number,
  onProgress?: (events: number) => void,
): Promise<number> {
  const started = now();
  const { events } = await rebuildReadModels({ store, database, schema, shards, onProgress: (p) => onProgress?.(p.events) });
  if (events !== expected) throw new Error(`rebuilt ${events} events, expected ${expected}`);
  return (now() - started) / 1000;
}

export async function benchRebuild(context: BenchContext, dataset: PreparedDataset): Promise<void> {
  const { settings, report } = context;
  const shards = settings.rebuildShards;
  const pg = new PgSqlClient({ connectionString: settings.databaseUrl, max: shards + 2 });
  const store = await SqlEventStore.open(pg, { kind: 'postgres', schema: dataset.pgSchema, closesClient: false });
  const readSchema = `${dataset.pgSchema}_read`;
  const runs = await repeat(settings.runs, async () => ({
    naive: await naiveProjection(store, pg, 'bench_naive_read', settings.naiveEvents),
    single: dataset.events / (await timedRebuild(store, pg, readSchema, dataset.events, 1)),
    ours: dataset.events / (await timedRebuild(store, pg, readSchema, dataset.events, shards)),
  }));
  await store.close();
  await pg.close();
  const ours = median(runs.map((r) => r.ours));
  const single = median(runs.map((r) => r.single));
  const naive = median(runs.map((r) => r.naive));
  report.add({
    bench: 'B3',
    what: `PostgreSQL rebuild of the read models (rebuildReadModels in ${shards} shards, ${fmt(dataset.events)} events)`,
    figure: `${fmt(ours)} events/s (${fmt(dataset.events / ours, 1)} s)`,
    beside: `one shard: ${fmt(single)} events/s; naive per-event transactions over the first ${fmt(settings.naiveEvents)} events: ${fmt(naive)} events/s (whole ledger scaled: ${fmt(dataset.events / naive)} s)`,
    ratio: `${ratio(ours, single)} one shard; ${ratio(ours, naive)} naive`,
    target: '≥ 50,000 events/s and ≥ 10× naive',
    verdict: verdict(ours >= 50_000 && ours >= 10 * naive),
  });

  const lite = await PGliteSqlClient.open(pgliteFolderOf(dataset));
  const liteStore = await SqlEventStore.open(lite, { kind: 'pglite', schema: PGLITE_SCHEMA, closesClient: false });
  const liteRuns = await repeat(Math.min(settings.runs, 3), async () => ({
    naive: await naiveProjection(liteStore, lite, 'bench_naive_read', settings.naiveEvents),
    ours: dataset.events / (await timedRebuild(liteStore, lite, `${PGLITE_SCHEMA}_read`, dataset.events, 1)),
  }));
  await liteStore.close();
  await lite.close();
  const liteOurs = median(liteRuns.map((r) => r.ours));
  const liteNaive = median(liteRuns.map((r) => r.naive));
  report.add({
    bench: 'B3',
    what: `PGlite rebuild of the read models (${fmt(dataset.events)} events)`,
    figure: `${fmt(liteOurs)} events/s (${fmt(dataset.events / liteOurs, 1)} s)`,
    beside: `naive per-event on PGlite: ${fmt(liteNaive)} events/s; PostgreSQL rebuild ${fmt(ours)} events/s`,
    ratio: `${ratio(liteOurs, liteNaive)} naive`,
    target: '≥ 20,000 events/s and ≥ 10× naive',
    verdict: verdict(liteOurs >= 20_000 && liteOurs >= 10 * liteNaive),
  });
}
