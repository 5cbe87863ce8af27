import { PgSqlClient, PGliteSqlClient, SqlEventStore } from '@ledger/event-store';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { BenchContext } from './context';
import type { PreparedDataset } from './dataset/prepare';
import { PGLITE_SCHEMA, pgliteFolderOf } from './dataset/prepare';
import { verdict } from './support/report';
import { fmt, median, now, ratio, repeat } from './support/stats';

const PAGE = 1000;

/** Reads the whole global log page by page, as a catching-up subscriber does; returns events/s. */
async function readWholeLog(store: SqlEventStore, expected: number): Promise<number> {
  const started = now();
  let after: bigint | undefined;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1]!.position;
  }
  if (events !== expected) throw new Error(`read ${events} events, expected ${expected}`);
  return events / ((now() - started) / 1000);
}

/** The limit: the same columns streamed by COPY in one statement, not decoded. */
async function copyWholeLog(databaseUrl: string, schema: string, expected: number): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = client.query(
      copyTo(
        `COPY (SELECT position, stream_id, revision, event_id, event_type, data, metadata, recorded_at FROM ${schema}.events ORDER BY position) TO STDOUT`,
      ),
    );
    stream.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const seconds = (now() - started) / 1000;
  await client.end();
  if (rows !== expected) throw new Error(`COPY gave ${rows} rows, expected ${expected}`);
  return rows / seconds;
}

export async function benchCatchUpRead(context: BenchContext, dataset: PreparedDataset): Promise<void> {
  const { settings, report } = context;
  const store = await SqlEventStore.open(new PgSqlClient({ connectionString: settings.databaseUrl, max: 2 }), {
    kind: 'postgres',
    schema: dataset.pgSchema,
  });
  const runs = await repeat(settings.runs, async () => ({
    ours: await readWholeLog(store, dataset.events),
    copy: await copyWholeLog(settings.databaseUrl, dataset.pgSchema, dataset.events),
  }));
  await store.close();
  const ours = median(runs.map((r) => r.ours));
  const copy = median(runs.map((r) => r.copy));
  report.add({
    bench: 'B2',
    what: `PostgreSQL catch-up read of the log (readAll pages of ${PAGE}, decoded)`,
    figure: `${fmt(ours)} events/s`,
    beside: `COPY (SELECT …) TO STDOUT floor via pg-copy-streams, rows counted, not decoded: ${fmt(copy)} rows/s`,
    ratio: `${ratio(ours, copy)} floor`,
    target: '≥ 150,000 events/s',
    verdict: verdict(ours >= 150_000),
  });

  const liteStore = await SqlEventStore.open(await PGliteSqlClient.open(pgliteFolderOf(dataset)), {
    kind: 'pglite',
    schema: PGLITE_SCHEMA,
  });
  const lite = median(await repeat(Math.min(settings.runs, 3), () => readWholeLog(liteStore, dataset.events)));
  await liteStore.close();
  report.add({
    bench: 'B2',
    what: `PGlite catch-up read of the log (readAll pages of ${PAGE}, decoded)`,
    figure: `${fmt(lite)} events/s`,
    beside: `PostgreSQL readAll ${fmt(ours)} events/s`,
    ratio: ratio(lite, ours),
    target: '— (no target for PGlite)',
    verdict: '—',
  });
}
