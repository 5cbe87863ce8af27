import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import {
  type EventToAppend,
  PgSqlClient,
  PGliteSqlClient,
  type SqlClient,
  SqlEventStore,
  WrongExpectedRevisionError,
} from '@ledger/event-store';
import { Client, Pool } from 'pg';
import type { BenchContext } from './context';
import { generateDataset } from './dataset/generate';
import { closedLoop, fmt, median, now, percentile, ratio, repeat } from './support/stats';
import { verdict } from './support/report';

const APPEND_SCHEMA = 'bench_append';
const FLOOR_SCHEMA = 'bench_floor';
const EMMETT_SCHEMA = 'bench_emmett';

/** Realistic payloads (agenda items, minutes, resolutions with their metadata) from the generator. */
function samplePayloads(count: number): Omit<EventToAppend, 'id'>[] {
  const payloads: Omit<EventToAppend, 'id'>[] = [];
  for (const chunk of generateDataset({ seed: 7, targetEvents: count, years: 1 })) {
    for (const event of chunk) payloads.push({ type: event.type, data: event.data, metadata: event.metadata });
  }
  return payloads;
}

export async function benchAppend(context: BenchContext): Promise<void> {
  const { report, settings } = context;
  const payloads = samplePayloads(2000);
  const payload = (i: number) => payloads[i % payloads.length]!;
  const toAppend = (i: number): EventToAppend => ({ id: randomUUID(), ...payload(i) });

  const admin = new Client({ connectionString: settings.databaseUrl });
  await admin.connect();
  const fresh = async (schema: string) => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
  };

  // The limit: a plain table with the same payload columns, no function, no constraints but the key.
  await fresh(FLOOR_SCHEMA);
  await admin.query(
    `CREATE TABLE ${FLOOR_SCHEMA}.t (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)`,
  );
  const floorInsert = (client: Client | Pool, i: number) =>
    client.query(`INSERT INTO ${FLOOR_SCHEMA}.t (stream_id, data, metadata) VALUES ($1, $2, $3)`, [
      `s-${i % 50}`,
      JSON.stringify(payload(i).data),
      JSON.stringify(payload(i).metadata),
    ]);
  const floorBatch = (client: Client, size: number, i: number) =>
    client.query(
      `INSERT INTO ${FLOOR_SCHEMA}.t (stream_id, data, metadata) SELECT $1, d, m FROM unnest($2::jsonb[], $3::jsonb[]) AS u(d, m)`,
      [
        `s-${i}`,
        Array.from({ length: size }, (_, k) => JSON.stringify(payload(i + k).data)),
        Array.from({ length: size }, (_, k) => JSON.stringify(payload(i + k).metadata)),
      ],
    );
  const floorClients = await Promise.all(
    Array.from({ length: 32 }, async () => {
      const client = new Client({ connectionString: settings.databaseUrl });
      await client.connect();
      return client;
    }),
  );

  const openLedger = async (): Promise<{ store: SqlEventStore; sql: SqlClient }> => {
    await admin.query(`DROP SCHEMA IF EXISTS ${APPEND_SCHEMA} CASCADE`);
    const sql = new PgSqlClient({ connectionString: settings.databaseUrl, max: 34 });
    return { store: await SqlEventStore.open(sql, { kind: 'postgres', schema: APPEND_SCHEMA }), sql };
  };

  // Expected-revision checks are on in every run below: each writer owns its streams and appends at
  // the exact revision it last wrote. First, that a stale revision is refused.
  {
    const { store } = await openLedger();
    await store.appendToStream('check', [toAppend(0)], 'no_stream');
    await store.appendToStream('check', [toAppend(1)], 0n);
    const refused = await store.appendToStream('check', [toAppend(2)], 0n).then(
      () => false,
      (e) => e instanceof WrongExpectedRevisionError,
    );
    if (!refused) throw new Error('a stale expected revision was accepted');
    await store.close();
  }

  // --- 1 writer × 1 event, interleaved with the commit floor so noise hits both alike.
  const singles = await repeat(settings.runs, async () => {
    const { store } = await openLedger();
    const revisions = new Map<string, bigint>();
    const appendMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < settings.singleAppends; i++) {
      let t = now();
      await floorInsert(floorClients[0]!, i);
      floorMs.push(now() - t);
      const stream = `single-${i % 50}`;
      t = now();
      const result = await store.appendToStream(stream, [toAppend(i)], revisions.get(stream) ?? 'no_stream');
      appendMs.push(now() - t);
      revisions.set(stream, result.nextExpectedRevision);
    }
    await store.close();
    return { p50: median(appendMs), p99: percentile(appendMs, 99), floorP50: median(floorMs), floorP99: percentile(floorMs, 99) };
  });
  const s = {
    p50: median(singles.map((r) => r.p50)),
    p99: median(singles.map((r) => r.p99)),
    floorP50: median(singles.map((r) => r.floorP50)),
    floorP99: median(singles.map((r) => r.floorP99)),
  };
  report.add({
    bench: 'B1',
    what: 'PostgreSQL append, 1 writer × 1 event: p50 (p99)',
    figure: `${fmt(s.p50, 2)} ms (${fmt(s.p99, 2)} ms)`,
    beside: `commit floor, INSERT in its own transaction: ${fmt(s.floorP50, 2)} ms (${fmt(s.floorP99, 2)} ms)`,
    ratio: ratio(s.p50, s.floorP50),
    target: 'p50 ≤ floor + 0.4 ms',
    verdict: verdict(s.p50 - s.floorP50 <= 0.4),
  });

  // --- Emmett beside us, on the same server in its own schema.
  await fresh(EMMETT_SCHEMA);
  const emmettPool = new Pool({ connectionString: settings.databaseUrl, max: 34, options: `-c search_path=${EMMETT_SCHEMA}` });
  const emmett = getPostgreSQLEventStore(settings.databaseUrl, {
    connectionOptions: { pool: emmettPool },
    schema: { autoMigration: 'CreateOrUpdate' },
  });
  const emmettAppend = async (versions: Map<string, bigint>, stream: string, events: number, i: number) => {
    const result = await emmett.appendToStream(
      stream,
      Array.from({ length: events }, (_, k) => ({
        type: payload(i + k).type,
        data: payload(i + k).data,
        metadata: payload(i + k).metadata,
      })),
      { expectedStreamVersion: versions.get(stream) ?? 'STREAM_DOES_NOT_EXIST' },
    );
    versions.set(stream, result.nextExpectedStreamVersion);
  };
  await emmettAppend(new Map(), `warm-${randomUUID()}`, 1, 0);

  // --- 32 writers × 1 event.
  const concurrent = await repeat(settings.runs, async (run) => {
    const { store } = await openLedger();
    const revisions = new Map<string, bigint>();
    const ours = await closedLoop(32, settings.loopMs, async (worker, i) => {
      const stream = `w${worker}`;
      const result = await store.appendToStream(stream, [toAppend(worker * 1000 + i)], revisions.get(stream) ?? 'no_stream');
      revisions.set(stream, result.nextExpectedRevision);
    });
    await store.close();
    const floor = await closedLoop(32, settings.loopMs, (worker, i) => floorInsert(floorClients[worker]!, i).then(() => undefined));
    // The profile of our figure: the same INSERT with a NOTIFY in its transaction, as append_events
    // does. PostgreSQL serialises the commits of notifying transactions (a lock held through the WAL
    // flush), so group commit cannot help and each commit waits for its own fsync.
    const notifying = await closedLoop(32, settings.loopMs, (worker, i) =>
      floorClients[worker]!.query(
        `WITH x AS (INSERT INTO ${FLOOR_SCHEMA}.t (stream_id, data, metadata) VALUES ($1, $2, $3) RETURNING id) SELECT pg_notify('bench_floor', id::text) FROM x`,
        [`s-${i % 50}`, JSON.stringify(payload(i).data), JSON.stringify(payload(i).metadata)],
      ).then(() => undefined),
    );
    const versions = new Map<string, bigint>();
    const peer = await closedLoop(32, settings.loopMs, (worker, i) => emmettAppend(versions, `r${run}-w${worker}`, 1, i));
    return {
      ours: ours.ops / ours.seconds,
      floor: floor.ops / floor.seconds,
      notifying: notifying.ops / notifying.seconds,
      emmett: peer.ops / peer.seconds,
    };
  });
  const c = {
    ours: median(concurrent.map((r) => r.ours)),
    floor: median(concurrent.map((r) => r.floor)),
    notifying: median(concurrent.map((r) => r.notifying)),
    emmett: median(concurrent.map((r) => r.emmett)),
  };
  report.add({
    bench: 'B1',
    what: 'PostgreSQL append, 32 writers × 1 event: appends/s',
    figure: `${fmt(c.ours)} appends/s`,
    beside: `Emmett ${fmt(c.emmett)}/s; raw INSERT floor ${fmt(c.floor)}/s (${ratio(c.ours, c.floor)} of floor)`,
    ratio: `${ratio(c.ours, c.emmett)} Emmett`,
    target: '≥ 4,000/s and ≥ 1.5× Emmett',
    verdict: verdict(c.ours >= 4000 && c.ours >= 1.5 * c.emmett),
  });
  report.add({
    bench: 'B1',
    what: 'profile of the above: raw INSERT + NOTIFY in the same transaction, 32 writers',
    figure: `${fmt(c.notifying)} inserts/s`,
    beside: `the same INSERT without NOTIFY ${fmt(c.floor)}/s; our append ${fmt(c.ours)}/s`,
    ratio: `${ratio(c.notifying, c.floor)} floor`,
    target: '— (explains the 32-writer figure)',
    verdict: '—',
  });

  // --- 4 writers × 100-event batches.
  const batches = await repeat(settings.runs, async (run) => {
    const { store } = await openLedger();
    const revisions = new Map<string, bigint>();
    const ours = await closedLoop(4, settings.loopMs, async (worker, i) => {
      const stream = `batch-w${worker}-${Math.floor(i / 10)}`;
      const result = await store.appendToStream(
        stream,
        Array.from({ length: 100 }, (_, k) => toAppend(i * 100 + k)),
        revisions.get(stream) ?? 'no_stream',
      );
      revisions.set(stream, result.nextExpectedRevision);
    });
    await store.close();
    const floor = await closedLoop(4, settings.loopMs, (worker, i) => floorBatch(floorClients[worker]!, 100, i).then(() => undefined));
    const versions = new Map<string, bigint>();
    const peer = await closedLoop(4, settings.loopMs, (worker, i) =>
      emmettAppend(versions, `r${run}-b${worker}-${Math.floor(i / 10)}`, 100, i * 100),
    );
    return { ours: (ours.ops * 100) / ours.seconds, floor: (floor.ops * 100) / floor.seconds, emmett: (peer.ops * 100) / peer.seconds };
  });
  const b = {
    ours: median(batches.map((r) => r.ours)),
    floor: median(batches.map((r) => r.floor)),
    emmett: median(batches.map((r) => r.emmett)),
  };
  report.add({
    bench: 'B1',
    what: 'PostgreSQL append, 4 writers × 100-event batches: events/s',
    figure: `${fmt(b.ours)} events/s`,
    beside: `raw multi-row INSERT floor ${fmt(b.floor)}/s; Emmett ${fmt(b.emmett)}/s (${ratio(b.ours, b.emmett)} Emmett)`,
    ratio: `${ratio(b.ours, b.floor)} floor`,
    target: '≥ 50,000/s',
    verdict: verdict(b.ours >= 50_000),
  });
  await emmett.close().catch(() => undefined);
  await emmettPool.end().catch(() => undefined);

  // --- PGlite: the embedded default. It does not fsync, so its figures are not comparable with a
  // durable commit; they show what the embedded store costs per append.
  const liteResults = await repeat(settings.runs, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-pglite-append-'));
    const sql = await PGliteSqlClient.open(dir);
    const store = await SqlEventStore.open(sql, { kind: 'pglite', schema: 'ledger' });
    await sql.exec(
      `CREATE TABLE floor_t (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)`,
    );
    const revisions = new Map<string, bigint>();
    const appendMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < settings.singleAppends; i++) {
      let t = now();
      await sql.query(`INSERT INTO floor_t (stream_id, data, metadata) VALUES ($1, $2, $3)`, [
        `s-${i % 50}`,
        JSON.stringify(payload(i).data),
        JSON.stringify(payload(i).metadata),
      ]);
      floorMs.push(now() - t);
      const stream = `single-${i % 50}`;
      t = now();
      const result = await store.appendToStream(stream, [toAppend(i)], revisions.get(stream) ?? 'no_stream');
      appendMs.push(now() - t);
      revisions.set(stream, result.nextExpectedRevision);
    }
    const concurrentRun = await closedLoop(32, settings.loopMs, async (worker, i) => {
      const stream = `w${worker}`;
      const result = await store.appendToStream(stream, [toAppend(i)], revisions.get(stream) ?? 'no_stream');
      revisions.set(stream, result.nextExpectedRevision);
    });
    const batchRun = await closedLoop(4, settings.loopMs, async (worker, i) => {
      const stream = `batch-w${worker}-${Math.floor(i / 10)}`;
      const result = await store.appendToStream(
        stream,
        Array.from({ length: 100 }, (_, k) => toAppend(i * 100 + k)),
        revisions.get(stream) ?? 'no_stream',
      );
      revisions.set(stream, result.nextExpectedRevision);
    });
    await store.close();
    await rm(dir, { recursive: true, force: true });
    return {
      p50: median(appendMs),
      p99: percentile(appendMs, 99),
      floorP50: median(floorMs),
      concurrent: concurrentRun.ops / concurrentRun.seconds,
      batch: (batchRun.ops * 100) / batchRun.seconds,
    };
  });
  const l = {
    p50: median(liteResults.map((r) => r.p50)),
    p99: median(liteResults.map((r) => r.p99)),
    floorP50: median(liteResults.map((r) => r.floorP50)),
    concurrent: median(liteResults.map((r) => r.concurrent)),
    batch: median(liteResults.map((r) => r.batch)),
  };
  report.add({
    bench: 'B1',
    what: 'PGlite (not fsynced) append, 1 writer × 1 event: p50 (p99)',
    figure: `${fmt(l.p50, 2)} ms (${fmt(l.p99, 2)} ms)`,
    beside: `plain INSERT on PGlite: ${fmt(l.floorP50, 2)} ms; PostgreSQL append ${fmt(s.p50, 2)} ms`,
    ratio: ratio(l.p50, l.floorP50),
    target: '— (no target; not durable)',
    verdict: '—',
  });
  report.add({
    bench: 'B1',
    what: 'PGlite (not fsynced) append, 32 writers × 1 event; 4 × 100 batches',
    figure: `${fmt(l.concurrent)} appends/s; ${fmt(l.batch)} events/s`,
    beside: `PostgreSQL ${fmt(c.ours)} appends/s; ${fmt(b.ours)} events/s`,
    ratio: `${ratio(l.concurrent, c.ours)}; ${ratio(l.batch, b.ours)}`,
    target: '— (one connection: writers queue)',
    verdict: '—',
  });

  await Promise.all(floorClients.map((client) => client.end()));
  for (const schema of [APPEND_SCHEMA, FLOOR_SCHEMA, EMMETT_SCHEMA]) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
