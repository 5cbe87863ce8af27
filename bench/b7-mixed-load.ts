import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient } from '@ledger/event-store';
import { startApi, type RunningApi } from '../test/support/api-process';
import { tokenFor } from '../test/support/test-auth';
import { TOR_QUERY } from './b5-graphql';
import type { BenchContext } from './context';
import { verdict } from './support/report';
import { closedLoop, fmt, median, percentile, ratio, repeat } from './support/stats';

const CLIENTS = 32;
const WRITE_SHARE = 0.2;
/** Of the reads, the share that waits for the client's own last write to be projected. */
const OWN_WRITE_SHARE = 0.25;
const BODY = 'bench-mixed';
const SCHEMA = 'bench_mixed';

const MEETING_QUERY = `query ($meetingId: ID!, $after: GlobalPosition) {
  meeting(meetingId: $meetingId, waitForPosition: $after, waitTimeoutMs: 10000) {
    meetingId heldOn status items { number title kind resolution { label kind text } }
  }
}`;
const REGISTER_QUERY = `query { decisionRegister(search: "domestic abuse", first: 20) { edges { node { meetingId itemNumber text } } } }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { revision position } }`;
const ADD_ITEM = `mutation ($input: AddAgendaItemInput!, $expectedRevision: StreamRevision) { addAgendaItem(input: $input, expectedRevision: $expectedRevision) { revision position } }`;

type Kind = 'tor' | 'meeting' | 'meeting after own write' | 'register' | 'mutation';
const KINDS: readonly Kind[] = ['tor', 'meeting', 'meeting after own write', 'register', 'mutation'];

interface MixedRun {
  readonly rps: number;
  readonly latencies: Record<Kind, number[]>;
  readonly errors: string[];
  /** The API's resident memory in MB before the load and after it. */
  readonly rss: { readonly start: number; readonly end: number };
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** A seeded generator, so that every run mixes its operations alike. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A board with terms of reference and a held meeting whose resolutions the register finds. */
async function prepare(send: Sender): Promise<void> {
  const meetingId = `${BODY}-2025-06-05`;
  await send(
    `mutation { establishBody(input: { bodyId: "${BODY}", name: "Mixed Load Safer Communities Board", shortName: "MLSCB" }) { position } }`,
  );
  await send(SCHEDULE, { input: { meetingId, bodyId: BODY, startsAt: '2025-06-05T10:00:00Z' } });
  for (const [number, title] of [
    ['1', 'Terms of reference'],
    ['2', 'Domestic abuse services'],
    ['3', 'Domestic abuse performance'],
  ]) {
    await send(ADD_ITEM, { input: { meetingId, item: { number, title, kind: 'REPORT' } } });
    await send(`mutation ($input: PassResolutionInput!) { passResolution(input: $input) { position } }`, {
      input: {
        meetingId,
        itemNumber: number,
        recordedAt: '2025-06-06T09:00:00Z',
        parts: [{ kind: 'NOTED', text: `That the report on ${title.toLowerCase()} be noted.` }],
      },
    });
  }
  await send(`mutation ($input: AdoptTermsOfReferenceInput!) { adoptTermsOfReference(input: $input) { position } }`, {
    input: {
      bodyId: BODY,
      version: 1,
      inForceFrom: '2025-06-05',
      decision: { meetingId, itemNumber: '1' },
      clauses: Array.from({ length: 12 }, (_, index) => ({
        id: String(index + 1),
        heading: `Clause ${index + 1}`,
        text: 'The Board shall oversee the partnership work on community safety across the county and its districts. '.repeat(3),
      })),
    },
  });
}

type Sender = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, { revision?: string; position?: string } | null>>;

function senderFor(api: RunningApi, token: string): Sender {
  return async (query, variables = {}) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as {
      data?: Record<string, { revision?: string; position?: string } | null>;
      errors?: unknown[];
    };
    if (answer.errors || !answer.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    return answer.data;
  };
}

async function mixedRun(api: RunningApi, durationMs: number, run: number): Promise<MixedRun> {
  const send = senderFor(api, (await tokenFor('clerk'))!);
  await prepare(send);
  const random = seeded(run + 1);
  const latencies = Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])) as Record<Kind, number[]>;
  const errors: string[] = [];
  const clients = Array.from({ length: CLIENTS }, () => ({ meeting: 0, item: 0, revision: '', position: '' }));
  const meetingOf = (client: number, meeting: number) => `${BODY}-2026-03-05-r${run}-c${client}-m${meeting}`;
  const rssStart = rssOf(api.pid);
  const loop = await closedLoop(CLIENTS, durationMs, async (client) => {
    const c = clients[client]!;
    const read = (['tor', 'meeting', 'register'] as const)[Math.floor(random() * 3)]!;
    const kind: Kind =
      random() < WRITE_SHARE || c.meeting === 0
        ? 'mutation'
        : read === 'meeting' && random() < OWN_WRITE_SHARE
          ? 'meeting after own write'
          : read;
    const started = performance.now();
    try {
      if (kind === 'mutation') {
        if (c.meeting === 0 || c.item >= 12) {
          c.meeting++;
          const { scheduleMeeting } = await send(SCHEDULE, {
            input: { meetingId: meetingOf(client, c.meeting), bodyId: BODY, startsAt: '2026-03-05T10:00:00Z' },
          });
          c.revision = scheduleMeeting!.revision!;
          c.position = scheduleMeeting!.position!;
          c.item = 1;
        } else {
          const { addAgendaItem } = await send(ADD_ITEM, {
            input: { meetingId: meetingOf(client, c.meeting), item: { number: String(c.item), title: `Report ${c.item}`, kind: 'REPORT' } },
            expectedRevision: c.revision,
          });
          c.revision = addAgendaItem!.revision!;
          c.position = addAgendaItem!.position!;
          c.item++;
        }
      } else if (kind === 'tor') {
        await send(TOR_QUERY, { bodyId: BODY, inForceAt: '2026-01-01' });
      } else if (kind === 'register') {
        await send(REGISTER_QUERY);
      } else {
        const { meeting } = await send(MEETING_QUERY, {
          meetingId: meetingOf(client, c.meeting),
          after: kind === 'meeting after own write' ? c.position : null,
        });
        if (kind === 'meeting after own write' && !meeting) throw new Error('the meeting of its own last write was not there');
      }
      latencies[kind].push(performance.now() - started);
    } catch (error) {
      errors.push(`${kind}: ${(error as Error).message}`);
    }
  });
  return { rps: loop.ops / loop.seconds, latencies, errors, rss: { start: rssStart, end: rssOf(api.pid) } };
}

/**
 * B7: 32 clients, each in a closed loop, 80% reads (the three B5 queries; a quarter of the meeting
 * reads wait for the client's own last write) and 20% commands (scheduling meetings and adding their
 * agenda, with expected revisions), on the embedded default and on PostgreSQL, the API in its own
 * process as an operator runs it.
 */
export async function benchMixedLoad(context: BenchContext): Promise<void> {
  const { settings, report } = context;
  const durationMs = settings.quick ? 10_000 : 60_000;
  const runs = Math.min(settings.runs, 3);
  const results: Record<'pglite' | 'postgres', MixedRun[]> = { pglite: [], postgres: [] };
  results.pglite = await repeat(runs, async (run) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bench-mixed-'));
    const api = await startApi({ DATA_DIR: dataDir }, 120_000);
    try {
      return await mixedRun(api, durationMs, run);
    } finally {
      await api.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
  const admin = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
  const dropSchemas = () => admin.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${SCHEMA}_read CASCADE`);
  try {
    results.postgres = await repeat(runs, async (run) => {
      await dropSchemas();
      const api = await startApi({ STORE: 'postgres', DATABASE_URL: settings.databaseUrl, DATABASE_SCHEMA: SCHEMA }, 120_000);
      try {
        return await mixedRun(api, durationMs, run);
      } finally {
        await api.stop();
      }
    });
  } finally {
    await dropSchemas();
    await admin.close();
  }

  const summary = (of: MixedRun[]) => ({
    rps: median(of.map((r) => r.rps)),
    errors: of.reduce((sum, r) => sum + r.errors.length, 0),
    firstError: of.flatMap((r) => r.errors)[0],
    perKind: Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        { p50: median(of.map((r) => percentile(r.latencies[kind], 50))), p99: median(of.map((r) => percentile(r.latencies[kind], 99))) },
      ]),
    ) as Record<Kind, { p50: number; p99: number }>,
    rss: { start: median(of.map((r) => r.rss.start)), end: median(of.map((r) => r.rss.end)) },
  });
  const embedded = summary(results.pglite);
  const server = summary(results.postgres);
  const describe = (s: ReturnType<typeof summary>) =>
    `${fmt(s.rps)} ops/s; ${KINDS.map((kind) => `${kind} ${fmt(s.perKind[kind].p50, 1)}/${fmt(s.perKind[kind].p99, 1)} ms`).join('; ')}; ` +
    `errors ${s.errors}; API memory ${fmt(s.rss.start)} → ${fmt(s.rss.end)} MB`;
  for (const [name, s, peer, peerName] of [
    ['the embedded default (PGlite)', embedded, server, 'PostgreSQL'],
    ['PostgreSQL', server, embedded, 'embedded'],
  ] as const) {
    report.add({
      bench: 'B7',
      what: `Mixed load on ${name}: ${CLIENTS} clients, 80% reads (ToR, meeting, register; a quarter of meeting reads wait for their own last write), 20% commands, ${durationMs / 1000} s; p50/p99 per kind`,
      figure: describe(s),
      beside: `${peerName}: ${fmt(peer.rps)} ops/s`,
      ratio: ratio(s.rps, peer.rps),
      target: 'errors 0; throughput and p99s as measured (the bound)',
      verdict: verdict(s.errors === 0),
    });
    if (s.firstError) report.note(`B7 on ${name}: first error: ${s.firstError}`);
  }
}
