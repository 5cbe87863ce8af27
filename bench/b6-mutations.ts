import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient } from '@ledger/event-store';
import { type RunningApi, startApi } from '../test/support/api-process';
import { tokenFor } from '../test/support/test-auth';
import type { BenchContext } from './context';
import { verdict } from './support/report';
import { closedLoop, fmt, median, percentile, ratio, repeat } from './support/stats';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { revision position } }`;
const ADD_ITEM = `mutation ($input: AddAgendaItemInput!, $expectedRevision: StreamRevision) { addAgendaItem(input: $input, expectedRevision: $expectedRevision) { revision position } }`;

const SCHEMA = 'bench_mutations';
const WORKERS = 8;

interface MutationRun {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

/**
 * Commands end to end on the embedded store and on PostgreSQL: HTTP, token, validation, read and
 * fold the stream, decide, append with the expected revision (appends waiting at the same moment
 * committed in one group), answer. Each worker schedules a meeting of its own and adds its agenda,
 * so streams stay as short as a real meeting's.
 */
export async function benchMutations(context: BenchContext): Promise<void> {
  const { settings, report } = context;
  const lite = await repeat(settings.runs, async (run) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bench-mutations-'));
    const api = await startApi({ STORE: 'pglite', DATA_DIR: dataDir }, 120_000);
    try {
      return await mutationRun(api, settings.loopMs, run);
    } finally {
      await api.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
  const admin = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
  const dropSchemas = () => admin.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${SCHEMA}_read CASCADE`);
  let server: MutationRun[];
  try {
    server = await repeat(settings.runs, async (run) => {
      await dropSchemas();
      const api = await startApi({ STORE: 'postgres', DATABASE_URL: settings.databaseUrl, DATABASE_SCHEMA: SCHEMA }, 120_000);
      try {
        return await mutationRun(api, settings.loopMs, run);
      } finally {
        await api.stop();
      }
    });
  } finally {
    await dropSchemas();
    await admin.close();
  }
  const summary = (runs: MutationRun[]) => ({
    rps: median(runs.map((x) => x.rps)),
    p50: median(runs.map((x) => x.p50)),
    p99: median(runs.map((x) => x.p99)),
  });
  const [l, p] = [summary(lite), summary(server)];
  const figure = (r: MutationRun) => `${fmt(r.rps)} commands/s; p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms`;
  report.add({
    bench: 'B6',
    what: `Mutations over HTTP on PGlite (${WORKERS} clients; scheduleMeeting + addAgendaItem with expectedRevision)`,
    figure: figure(l),
    beside: 'B1 PGlite append rows above (the store alone)',
    ratio: '—',
    target: '≥ 1,000 commands/s; p99 < 20 ms',
    verdict: verdict(l.rps >= 1000 && l.p99 < 20),
  });
  report.add({
    bench: 'B6',
    what: `Mutations over HTTP on PostgreSQL (the same ${WORKERS} clients and commands)`,
    figure: figure(p),
    beside: `PGlite: ${fmt(l.rps)} commands/s`,
    ratio: `${ratio(p.rps, l.rps)} PGlite`,
    target: '≥ 2,000 commands/s',
    verdict: verdict(p.rps >= 2000),
  });
}

async function mutationRun(api: RunningApi, loopMs: number, run: number): Promise<MutationRun> {
  const token = await tokenFor('clerk');
  const send = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: Record<string, { revision: string }>; errors?: unknown[] };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 400));
    return Object.values(answer.data!)[0]!;
  };
  await send(
    `mutation { establishBody(input: {bodyId: "bench", name: "Bench Safer Communities Board", shortName: "BSCB"}) { position } }`,
    {},
  );
  const state = Array.from({ length: WORKERS }, () => ({ meeting: 0, item: 0, revision: '' }));
  const loop = await closedLoop(WORKERS, loopMs, async (worker) => {
    const s = state[worker]!;
    if (s.item === 0 || s.item >= 12) {
      s.meeting++;
      s.item = 0;
      const result = await send(SCHEDULE, {
        input: {
          meetingId: `bench-2026-03-05-r${run}-w${worker}-m${s.meeting}`,
          bodyId: 'bench',
          startsAt: '2026-03-05T10:00:00Z',
          location: { venue: 'Sparkenhoe Committee Room, County Hall, Glenfield' },
          contactOfficer: { name: 'Euan Walters' },
        },
      });
      s.revision = result.revision;
      s.item = 1;
      return;
    }
    const result = await send(ADD_ITEM, {
      input: {
        meetingId: `bench-2026-03-05-r${run}-w${worker}-m${s.meeting}`,
        item: { number: String(s.item), title: `Report ${s.item}`, kind: 'REPORT' },
      },
      expectedRevision: s.revision,
    });
    s.revision = result.revision;
    s.item++;
  });
  return { rps: loop.ops / loop.seconds, p50: percentile(loop.latencies, 50), p99: percentile(loop.latencies, 99) };
}
