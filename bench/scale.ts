import { PgSqlClient, SqlEventStore } from '@ledger/event-store';
import { timedRebuild } from './b3-rebuild';
import { describeHalfLoad, describePlan, measureGraphqlReads, type ReadMeasurements } from './b5-graphql';
import type { BenchContext } from './context';
import { type PreparedDataset, prepareDataset } from './dataset/prepare';
import { progressBar } from './support/progress';
import { verdict } from './support/report';
import { fmt, ratio } from './support/stats';

interface SizeResult {
  readonly events: number;
  readonly description: string;
  readonly rebuildSeconds: number;
  readonly reads: ReadMeasurements;
  /** Bytes on disk, tables with their indexes and TOAST: the log, and the read models. */
  readonly disk: { readonly log: number; readonly readModels: number };
}

/** What the log and the read models of a dataset take on disk, for the design at larger sizes. */
async function diskSizes(context: BenchContext, dataset: PreparedDataset): Promise<SizeResult['disk']> {
  const pg = new PgSqlClient({ connectionString: context.settings.databaseUrl, max: 1 });
  try {
    const sizeOfSchema = async (schema: string) =>
      Number(
        (
          await pg.query<{ bytes: string }>(
            `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c
             WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'r'`,
            [schema],
          )
        )[0]!.bytes,
      );
    return { log: await sizeOfSchema(dataset.pgSchema), readModels: await sizeOfSchema(`${dataset.pgSchema}_read`) };
  } finally {
    await pg.close();
  }
}

/** Drops and rebuilds the read models of a dataset on PostgreSQL, with a progress bar; returns seconds. */
async function rebuildWithProgress(context: BenchContext, dataset: PreparedDataset): Promise<number> {
  const shards = context.settings.rebuildShards;
  const pg = new PgSqlClient({ connectionString: context.settings.databaseUrl, max: shards + 2 });
  const store = await SqlEventStore.open(pg, { kind: 'postgres', schema: dataset.pgSchema, closesClient: false });
  const bar = progressBar('rebuilding', dataset.events);
  try {
    return await timedRebuild(store, pg, `${dataset.pgSchema}_read`, dataset.events, shards, (events) => bar.update(events));
  } finally {
    bar.stop();
    await store.close();
    await pg.close();
  }
}

async function measureSize(context: BenchContext, events: number): Promise<SizeResult> {
  process.stdout.write(`\n[scale: ${events.toLocaleString('en-GB')} events]\n`);
  const dataset = await prepareDataset(context, { events, pglite: false });
  try {
    const rebuildSeconds = await rebuildWithProgress(context, dataset);
    process.stdout.write(`  rebuilt in ${fmt(rebuildSeconds, 1)} s\n`);
    const disk = await diskSizes(context, dataset);
    const reads = await measureGraphqlReads(context, dataset, { floor: false });
    for (const q of reads.queries)
      process.stdout.write(`  ${q.name}: ${fmt(q.http.rps)} req/s, p99 at half load ${fmt(q.http.halfP99, 1)} ms\n`);
    return { events: dataset.events, description: dataset.description, rebuildSeconds, reads, disk };
  } finally {
    await dataset.dispose();
  }
}

/**
 * The scale run: the same ledger generator at the suite's size and at the scale size, one after the
 * other in the same run, each rebuilt on PostgreSQL and queried by B5; the larger figures stand beside
 * the smaller ones.
 */
export async function benchScale(context: BenchContext): Promise<void> {
  const { settings, report, facts } = context;
  const small = await measureSize(context, settings.datasetEvents);
  const large = await measureSize(context, settings.scaleEvents);
  facts.set('Datasets', `${small.description}; ${large.description}`);
  const sizeOf = (result: SizeResult) => `${fmt(result.events / 1e6, result.events < 1e6 ? 2 : 0)}M`;
  report.add({
    bench: 'Scale',
    what: `PostgreSQL rebuild of the read models (rebuildReadModels), ${fmt(large.events)} events`,
    figure: `${fmt(large.rebuildSeconds / 60, 1)} min (${fmt(large.events / large.rebuildSeconds)} events/s)`,
    beside: `${fmt(small.events)} events: ${fmt(small.rebuildSeconds, 1)} s (${fmt(small.events / small.rebuildSeconds)} events/s)`,
    ratio: `${ratio(large.events / large.rebuildSeconds, small.events / small.rebuildSeconds)} the rate at ${sizeOf(small)}`,
    target: `< 4 min at 10M events`,
    verdict: verdict(large.rebuildSeconds < 240 && large.events >= 10_000_000),
  });
  large.reads.queries.forEach((q, i) => {
    const before = small.reads.queries[i]!;
    report.add({
      bench: 'Scale',
      what: `B5 over HTTP at ${sizeOf(large)} events: ${q.name}; p50/p99 at half load (paced), p50/p99 and req/s at full load`,
      figure: `${fmt(q.http.halfP50, 1)}/${fmt(q.http.halfP99, 1)} ms; full ${fmt(q.http.p50, 1)}/${fmt(q.http.p99, 1)} ms, ${fmt(q.http.rps)} req/s`,
      beside: `at ${sizeOf(small)}: ${fmt(before.http.halfP50, 1)}/${fmt(before.http.halfP99, 1)} ms; full ${fmt(before.http.p50, 1)}/${fmt(before.http.p99, 1)} ms, ${fmt(before.http.rps)} req/s`,
      ratio: `half-load p99 ${ratio(q.http.halfP99, before.http.halfP99)}`,
      target: `p99 within 20% of the ${sizeOf(small)} figure`,
      verdict: verdict(q.http.halfP99 <= 1.2 * before.http.halfP99),
    });
  });
  for (const result of [small, large]) {
    for (const q of result.reads.queries) report.note(`Plan at ${sizeOf(result)}, ${describePlan(q, result.events)}`);
    for (const q of result.reads.queries) report.note(`Half load at ${sizeOf(result)}, ${describeHalfLoad(q)}`);
  }
  const gb = (bytes: number) => `${fmt(bytes / 2 ** 30, 2)} GiB`;
  for (const result of [small, large]) {
    report.note(
      `On disk at ${sizeOf(result)} events: the log ${gb(result.disk.log)} (${fmt(result.disk.log / result.events)} bytes an event, with its indexes), ` +
        `the read models ${gb(result.disk.readModels)} (${fmt(result.disk.readModels / result.events)} bytes an event)`,
    );
  }
}
