import { randomUUID } from 'node:crypto';
import { openStorage, PgSqlClient, type Storage } from '@ledger/event-store';
import { executeCommand } from '@ledger/write-side';
import { startApi } from '../test/support/api-process';
import type { BenchContext } from './context';
import { verdict } from './support/report';
import { fmt, median, now, percentile, repeat } from './support/stats';

const SCHEMA = 'bench_live';
const READ_SCHEMA = `${SCHEMA}_read`;
const RATE_PER_SECOND = 1000;
/** Writes are sent in small groups on a timer; a group every TICK_MS keeps the rate steady. */
const TICK_MS = 10;

interface Written {
  readonly position: bigint;
  readonly committedAt: number;
}

interface Advance {
  readonly at: number;
  readonly position: bigint;
}

/** The read models' checkpoint: committed in the same transaction as the rows it covers. */
async function checkpointPosition(sql: PgSqlClient): Promise<bigint> {
  const [row] = await sql.query<{ position: string }>(`SELECT position::text AS position FROM ${READ_SCHEMA}.projection_checkpoint`);
  return row ? BigInt(row.position) : 0n;
}

/**
 * Watches the read models' checkpoint (committed in the same transaction as the rows it covers)
 * on a connection of its own, as fast as it can ask, and notes when it moved and to where.
 */
function watchCheckpoint(sql: PgSqlClient): { stop(): Promise<Advance[]>; pollMs(): number } {
  let stopped = false;
  let polls = 0;
  const advances: Advance[] = [];
  const started = now();
  const done = (async () => {
    while (!stopped) {
      const position = await checkpointPosition(sql);
      polls += 1;
      if (advances.length === 0 || position > advances[advances.length - 1]!.position) advances.push({ at: now(), position });
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return advances;
    },
    pollMs: () => (now() - started) / Math.max(1, polls),
  };
}

/** When each written event's row was first seen, from the checkpoint's advances; undefined if never. */
function visibleAt(position: bigint, advances: readonly Advance[]): number | undefined {
  let low = 0;
  let high = advances.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (advances[middle]!.position >= position) high = middle;
    else low = middle + 1;
  }
  return advances[low]?.at;
}

/** Sends establishBody commands through the real write path at `rate` per second for `ms`. */
async function writeAtRate(storage: Storage, rate: number, ms: number, prefix: string): Promise<{ written: Written[]; seconds: number }> {
  const written: Written[] = [];
  const inFlight = new Set<Promise<void>>();
  const started = now();
  let sent = 0;
  const send = (index: number) => {
    const work = executeCommand(storage.eventStore, {
      command: { type: 'EstablishBody', data: { bodyId: `${prefix}-${index}`, name: `Live board ${index}`, shortName: 'LB' } },
      correlationId: randomUUID(),
      principal: { id: 'bench-live', role: 'clerk' },
      source: 'graphql',
    }).then((result) => {
      written.push({ position: result.position!, committedAt: now() });
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  while (now() - started < ms) {
    const due = Math.floor(((now() - started) / 1000) * rate);
    while (sent < due) send(sent++);
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(inFlight);
  return {
    written: written.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)),
    seconds: (now() - started) / 1000,
  };
}

function lags(written: readonly Written[], advances: readonly Advance[]): number[] {
  return written.map((w) => {
    const seen = visibleAt(w.position, advances);
    if (seen === undefined) throw new Error(`position ${w.position} never became visible in the read models`);
    return Math.max(0, seen - w.committedAt);
  });
}

/**
 * Writers at 1k events/s against the API on PostgreSQL (which projects, in its own process, woken
 * by notifications); the lag of each event from its commit to its row in the read models.
 */
export async function benchLiveLag(context: BenchContext): Promise<void> {
  const { settings, report } = context;
  const settingsOf = { kind: 'postgres', connectionString: settings.databaseUrl, schema: SCHEMA } as const;
  const admin = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
  await admin.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${READ_SCHEMA} CASCADE`);
  const api = await startApi(
    { STORE: 'postgres', DATABASE_URL: settings.databaseUrl, DATABASE_SCHEMA: SCHEMA, READY_MAX_LAG_EVENTS: '100000000' },
    120_000,
  );
  const storage = await openStorage(settingsOf, settingsOf);
  const watcher = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
  try {
    const measure = async (rate: number, ms: number, prefix: string) => {
      const watch = watchCheckpoint(watcher);
      const { written, seconds } = await writeAtRate(storage, rate, ms, prefix);
      const last = written[written.length - 1]!.position;
      const deadline = now() + 30_000;
      for (;;) {
        if ((await checkpointPosition(admin)) >= last || now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const lag = lags(written, await watch.stop());
      return {
        rate: written.length / seconds,
        p50: percentile(lag, 50),
        p99: percentile(lag, 99),
        pollMs: watch.pollMs(),
        events: written.length,
      };
    };
    const loaded = await repeat(settings.runs, (run) => measure(RATE_PER_SECOND, settings.loopMs * 2, `live-r${run}`));
    // Beside it: one event at a time, 20 a second, on the same setup.
    const idle = await repeat(settings.runs, (run) => measure(20, settings.loopMs * 2, `idle-r${run}`));

    // Nothing lost: every event written is a row of the read models.
    const expected = [...loaded, ...idle].reduce((sum, r) => sum + r.events, 0);
    const [row] = await admin.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM ${READ_SCHEMA}.bodies WHERE body_id LIKE 'live-%' OR body_id LIKE 'idle-%'`,
    );
    if (Number(row!.count) !== expected) throw new Error(`the read models hold ${row!.count} of the ${expected} boards written`);

    const l = {
      rate: median(loaded.map((r) => r.rate)),
      p50: median(loaded.map((r) => r.p50)),
      p99: median(loaded.map((r) => r.p99)),
      pollMs: median(loaded.map((r) => r.pollMs)),
    };
    const i = { p50: median(idle.map((r) => r.p50)), p99: median(idle.map((r) => r.p99)) };
    report.add({
      bench: 'B4',
      what: `Live lag on PostgreSQL: writers at ${fmt(RATE_PER_SECOND)} events/s (establishBody through executeCommand), commit to row visible in the API's read models: p50/p99`,
      figure: `${fmt(l.p50, 1)}/${fmt(l.p99, 1)} ms at ${fmt(l.rate)} events/s; all ${fmt(expected)} events projected`,
      beside: `the same at 20 events/s: ${fmt(i.p50, 1)}/${fmt(i.p99, 1)} ms; the watcher's poll every ${fmt(l.pollMs, 2)} ms`,
      ratio: `${(l.p99 / Math.max(i.p99, 0.001)).toFixed(2)}× idle p99`,
      target: 'p99 < 75 ms, nothing lost',
      verdict: verdict(l.p99 < 75 && l.rate >= RATE_PER_SECOND * 0.95),
    });
  } finally {
    await watcher.close();
    await storage.close();
    await api.stop();
    await admin.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${READ_SCHEMA} CASCADE`);
    await admin.close();
  }
}
