import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PgSqlClient } from '@ledger/event-store';
import { startApi } from '../test/support/api-process';
import type { BenchContext } from './context';
import type { PreparedDataset } from './dataset/prepare';
import { FIRST_BODY_ID } from './dataset/generate';
import { describeProfile, type LoadProfile, profileLoad } from './support/load-profile';
import { pacedLoad } from './support/paced-load';
import { verdict } from './support/report';
import { closedLoop, fmt, median, percentile, ratio, repeat } from './support/stats';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

export const TOR_QUERY = `query ($bodyId: ID!, $inForceAt: String) {
  body(bodyId: $bodyId) {
    bodyId
    name(inForceAt: $inForceAt) { name }
    termsOfReference(inForceAt: $inForceAt) { version inForceFrom clauses { id heading text } decision { meetingId itemNumber part } }
  }
}`;
const MEETING_QUERY = `query ($meetingId: ID!) {
  meeting(meetingId: $meetingId) {
    meetingId heldOn status
    items { number title kind minute { paragraphs points { label text } } resolution { label kind text } }
  }
}`;
const REGISTER_QUERY = `query ($search: String, $first: Int) {
  decisionRegister(search: $search, first: $first) {
    edges { node { meetingId heldOn itemNumber itemTitle part kind text } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

interface InProcessApi {
  execute(query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: readonly unknown[] }>;
  /** The SQL statements the read side sends while answering one execution of `query`. */
  statementsOf(query: string, variables: Record<string, unknown>): Promise<Statement[]>;
  /** EXPLAIN ANALYZE of a statement on the read models' database. */
  explain(statement: Statement): Promise<PlanNode>;
  close(): Promise<void>;
}

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly 'Actual Rows'?: number;
  readonly 'Actual Loops'?: number;
  readonly 'Rows Removed by Filter'?: number;
  readonly Plans?: readonly PlanNode[];
}

/**
 * The scans of a plan with the rows each read (those it returned and those its filter dropped),
 * e.g. "Index Scan on meetings (meetings_pkey): 1 row", and its sorts: a sort under a LIMIT means
 * every matching row was read to return a page.
 */
function scansOf(plan: PlanNode): string[] {
  const rows = ((plan['Actual Rows'] ?? 0) + (plan['Rows Removed by Filter'] ?? 0)) * (plan['Actual Loops'] ?? 1);
  const read = `: ${rows.toLocaleString('en-GB')} row${rows === 1 ? '' : 's'}`;
  const own = plan['Relation Name']
    ? [`${plan['Node Type']} on ${plan['Relation Name']}${plan['Index Name'] ? ` (${plan['Index Name']})` : ''}${read}`]
    : plan['Node Type'] === 'Sort'
      ? [`Sort${read}`]
      : [];
  return [...own, ...(plan.Plans ?? []).flatMap(scansOf)];
}

const BODY_AT_DATE = `query ($bodyId: ID!, $day: String, $asRecordedAt: DateTime) {
  body(bodyId: $bodyId, asRecordedAt: $asRecordedAt) {
    name(inForceAt: $day) { name shortName inForceFrom }
    termsOfReference(inForceAt: $day) { version inForceFrom clauses { id heading text } }
    members(inForceAt: $day) { organisationId from until }
    officeholders(inForceAt: $day) { office term holder from until }
  }
}`;

/**
 * Correctness before speed: answers at a date read from their rows (body_versions) are compared with
 * the same answers worked out from each body's whole record folded from the log (asRecordedAt now).
 */
async function compareAnswersAtDates(api: Awaited<ReturnType<typeof startApi>>, bodyIds: readonly string[]): Promise<string> {
  const days = ['2005-01-01', '2008-04-30', '2012-05-01', '2016-01-01', '2021-07-15', '2030-01-01'];
  const now = new Date().toISOString();
  for (const bodyId of bodyIds) {
    for (const day of days) {
      const [fromRows, folded] = await Promise.all(
        [undefined, now].map((asRecordedAt) => api.graphql(BODY_AT_DATE, { bodyId, day, asRecordedAt }, 'public')),
      );
      if (JSON.stringify(fromRows) !== JSON.stringify(folded) || fromRows!.errors) {
        throw new Error(
          `${bodyId} on ${day}: the rows answer ${JSON.stringify(fromRows).slice(0, 300)}, the folded record ${JSON.stringify(folded).slice(0, 300)}`,
        );
      }
    }
  }
  return `${bodyIds.length} bodies × ${days.length} dates: name, terms of reference, members and officeholders read from their rows are identical to those worked out from each body's record folded from the log`;
}

/**
 * The same Nest application, built from dist, initialised but not listening: queries go through
 * `graphql`'s own `execute` with a public caller's context. What is left out is HTTP, Express and
 * Apollo's request pipeline.
 */
async function inProcessApi(env: Record<string, string>): Promise<InProcessApi> {
  const dist = join(__dirname, '..', 'dist');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { loadLedgerConfig } = require(join(dist, 'libs/config/src/index.js'));
  const { openStorage } = require(join(dist, 'libs/event-store/src/index.js'));
  const { createApi } = require(join(dist, 'apps/api/src/create-api.js'));
  const { requestContextFactory } = require(join(dist, 'apps/api/src/platform/graphql/request-context.js'));
  const { GraphQLSchemaHost } = require('@nestjs/graphql');
  const { TokenVerifier } = require(join(dist, 'libs/auth/src/index.js'));
  const graphql = require('graphql') as typeof import('graphql');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = loadLedgerConfig({ ...env, LOG_LEVEL: 'error' });
  const storage = await openStorage(config.store, config.database);
  // Every statement of the read side goes through this client: note them while asked to.
  let recording: Statement[] | undefined;
  const query = storage.database.query.bind(storage.database);
  storage.database.query = ((sql: string, params: readonly unknown[] = []) => {
    recording?.push({ sql, params });
    return query(sql, params);
  }) as typeof storage.database.query;
  const app = await createApi(config, storage);
  await app.init();
  const schema = app.get(GraphQLSchemaHost).schema;
  const context = requestContextFactory(app.get(TokenVerifier));
  const fakeRequest = { header: () => undefined };
  const documents = new Map<string, import('graphql').DocumentNode>();
  const api: InProcessApi = {
    async execute(query, variables) {
      let document = documents.get(query);
      if (!document) documents.set(query, (document = graphql.parse(query)));
      return graphql.execute({ schema, document, variableValues: variables, contextValue: await context({ req: fakeRequest }) }) as never;
    },
    async statementsOf(query, variables) {
      recording = [];
      try {
        const answer = await api.execute(query, variables);
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
        // The in-process projector may poll the log and, standing by, its checkpoint meanwhile: those reads are not the query's.
        const projectors = /pg_snapshot_xmin|projection_checkpoint/;
        return recording.filter((statement) => /^\s*SELECT/i.test(statement.sql) && !projectors.test(statement.sql));
      } finally {
        recording = undefined;
      }
    },
    async explain(statement) {
      const [row] = (await query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params)) as {
        'QUERY PLAN': { Plan: PlanNode }[];
      }[];
      return row!['QUERY PLAN'][0]!.Plan;
    },
    async close() {
      await app.close();
      await storage.close().catch(() => undefined);
    },
  };
  return api;
}

interface FloorFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Paced at the API's ToR half-load rate, as B5 paces the API. */
  readonly pacedP50: number;
  readonly pacedP99: number;
  /** The same paced load while another process keeps one core busy, as the API and PostgreSQL do under it. */
  readonly busyP50: number;
  readonly busyP99: number;
}

/**
 * The most this machine serves with this load generator: a bare node:http server in a process of
 * its own, answering every POST with fixed bytes (the ToR answer), measured like the API at full load
 * and at the ToR query's half-load rate; at that rate also with one core taken by a busy loop, to show
 * what sharing two cores alone does to a p99 when the server does no work at all.
 */
async function httpFloor(answer: string, halfRate: number, durationMs: number): Promise<FloorFigures> {
  const server = spawn(
    process.execPath,
    [
      '-e',
      `const body = Buffer.from(process.argv[1]);
       require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); }); })
         .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
      answer,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      server.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      connections: 16,
      duration: durationMs / 1000,
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`floor: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const paced = await pacedLoad(url, '{}', halfRate, durationMs);
    const burner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    const busy = await pacedLoad(url, '{}', halfRate, durationMs).finally(() => burner.kill());
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      pacedP50: percentile(paced.latencies, 50),
      pacedP99: percentile(paced.latencies, 99),
      busyP50: percentile(busy.latencies, 50),
      busyP99: percentile(busy.latencies, 99),
    };
  } finally {
    server.kill();
  }
}

interface Latencies {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

export interface ReadMeasurement {
  readonly name: string;
  readonly target: boolean;
  readonly http: Latencies & { readonly halfP50: number; readonly halfP99: number };
  /** Where the time went in the half-load run whose p99 was the median of the runs. */
  readonly halfLoadProfile: LoadProfile;
  readonly inProcess: Latencies;
  /** The read side's statements for one execution, and their plans' scans and sorts. */
  readonly plan: { readonly statements: number; readonly scans: readonly string[] };
}

export interface ReadMeasurements {
  readonly queries: readonly ReadMeasurement[];
  readonly floor?: FloorFigures;
}

const medianOf = <Key extends string>(runs: readonly Record<Key, number>[], keys: readonly Key[]) =>
  Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Record<Key, number>;

/** The three queries over HTTP at full and half load, in-process, and their plans; the HTTP floor if asked. */
export async function measureGraphqlReads(
  context: BenchContext,
  dataset: PreparedDataset,
  options: { floor: boolean },
): Promise<ReadMeasurements> {
  const { settings } = context;
  const env = {
    STORE: 'postgres',
    DATABASE_URL: settings.databaseUrl,
    DATABASE_SCHEMA: dataset.pgSchema,
    READY_MAX_LAG_EVENTS: '100000000',
  };

  const bodyId = FIRST_BODY_ID;
  const api = await startApi(env, 600_000);
  let queries: { name: string; query: string; variables: Record<string, unknown>; target: boolean }[];
  const httpResults: ReadMeasurement['http'][] = [];
  const halfLoadProfiles: LoadProfile[] = [];
  const answers: string[] = [];
  try {
    const ready = await api.graphql<{ body: unknown }>(
      `{ body(bodyId: "${bodyId}", waitForPosition: "${dataset.head}") { bodyId } }`,
      {},
      'public',
    );
    if (!ready.data?.body) throw new Error(`the API did not catch up: ${JSON.stringify(ready)}`);
    // The read models are read once the API has caught up with the log (B3 may not have built them).
    const sql = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
    const [meeting] = await sql.query<{ meeting_id: string }>(
      `SELECT meeting_id FROM ${dataset.pgSchema}_read.meetings WHERE body_id = $1 ORDER BY held_on DESC LIMIT 1`,
      [bodyId],
    );
    if (!meeting) throw new Error(`no meeting of ${bodyId} in the read models`);
    const [sizes] = await sql.query<{ body: number; meeting: number; tor: number }>(
      `SELECT (SELECT avg(length(state::text))::int FROM ${dataset.pgSchema}_read.bodies) AS body,
              (SELECT avg(length(state::text))::int FROM ${dataset.pgSchema}_read.meetings) AS meeting,
              (SELECT avg(length(entry::text))::int FROM ${dataset.pgSchema}_read.body_versions WHERE facet = 'terms-of-reference') AS tor`,
    );
    context.facts.set(
      'Read-model documents',
      `a body's folded state averages ${fmt(sizes!.body)} bytes of JSON (the whole 20-year history of names, members, ToR versions and officers, read only by the fields that list that history); ` +
        `a version of the terms of reference, as the ToR query reads it from its own row, ${fmt(sizes!.tor)} bytes; a meeting's state ${fmt(sizes!.meeting)} bytes`,
    );
    const sampleBodies = (
      await sql.query<{ body_id: string }>(`SELECT body_id FROM ${dataset.pgSchema}_read.bodies ORDER BY body_id LIMIT 25`)
    ).map((row) => row.body_id);
    await sql.close();
    context.report.note(`B5 check: ${await compareAnswersAtDates(api, sampleBodies)}`);
    queries = [
      { name: 'ToR in force at a date', query: TOR_QUERY, variables: { bodyId, inForceAt: '2016-01-01' }, target: true },
      {
        name: 'a meeting with items, minutes, resolutions',
        query: MEETING_QUERY,
        variables: { meetingId: meeting.meeting_id },
        target: false,
      },
      {
        name: 'decision register, text search, 20',
        query: REGISTER_QUERY,
        variables: { search: 'domestic abuse', first: 20 },
        target: false,
      },
    ];
    for (const q of queries) {
      const answer = await api.graphql<Record<string, unknown>>(q.query, q.variables, 'public');
      if (answer.errors || !answer.data || Object.values(answer.data).some((v) => v === null))
        throw new Error(`${q.name}: ${JSON.stringify(answer).slice(0, 400)}`);
      answers.push(JSON.stringify(answer));
    }
    const http = async (q: (typeof queries)[number]) => {
      const result = await autocannon({
        url: `${api.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query, variables: q.variables }),
        connections: 16,
        duration: settings.loopMs / 1000,
      });
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${q.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      return result;
    };
    for (const q of queries) {
      const runs = await repeat(settings.runs, async () => {
        const full = await http(q);
        const { result: half, profile } = await profileLoad(api.url, () =>
          pacedLoad(
            `${api.url}/graphql`,
            JSON.stringify({ query: q.query, variables: q.variables }),
            full.requests.average / 2,
            settings.loopMs,
          ),
        );
        return {
          rps: full.requests.average,
          p50: full.latency.p50,
          p99: full.latency.p99,
          halfP50: percentile(half.latencies, 50),
          halfP99: percentile(half.latencies, 99),
          profile,
        };
      });
      const medians = medianOf(runs, ['rps', 'p50', 'p99', 'halfP50', 'halfP99']);
      httpResults.push(medians);
      halfLoadProfiles.push(runs.find((run) => run.halfP99 === medians.halfP99)!.profile);
    }
  } finally {
    await api.stop().catch(() => undefined);
  }
  const floor = options.floor
    ? medianOf(await repeat(settings.runs, () => httpFloor(answers[0]!, httpResults[0]!.rps / 2, settings.loopMs)), [
        'rps',
        'p50',
        'p99',
        'pacedP50',
        'pacedP99',
        'busyP50',
        'busyP99',
      ])
    : undefined;

  const local = await inProcessApi(env);
  const measured: ReadMeasurement[] = [];
  try {
    for (const [index, q] of queries.entries()) {
      const check = await local.execute(q.query, q.variables);
      if (check.errors) throw new Error(`in-process ${q.name}: ${JSON.stringify(check.errors).slice(0, 400)}`);
      const statements = await local.statementsOf(q.query, q.variables);
      const scans = (await Promise.all(statements.map((statement) => local.explain(statement)))).flatMap(scansOf);
      const runs = await repeat(settings.runs, async () => {
        const loop = await closedLoop(16, settings.loopMs, async () => {
          const answer = await local.execute(q.query, q.variables);
          if (answer.errors) throw new Error(JSON.stringify(answer.errors));
        });
        return { rps: loop.ops / loop.seconds, p50: percentile(loop.latencies, 50), p99: percentile(loop.latencies, 99) };
      });
      measured.push({
        name: q.name,
        target: q.target,
        http: httpResults[index]!,
        halfLoadProfile: halfLoadProfiles[index]!,
        inProcess: medianOf(runs, ['rps', 'p50', 'p99']),
        plan: { statements: statements.length, scans },
      });
    }
  } finally {
    await local.close();
  }
  return { queries: measured, floor };
}

/** One line per query: its statements, the scans and sorts of their plans, and whether any scans a growing table whole. */
export function describePlan(measurement: ReadMeasurement, events: number): string {
  const { plan } = measurement;
  // The checkpoint table holds one row by construction (CHECK id = 1).
  const sequential = plan.scans.filter((scan) => scan.startsWith('Seq Scan') && !scan.includes('projection_checkpoint'));
  return (
    `${measurement.name} (${events.toLocaleString('en-GB')} events): ${plan.statements} SQL statement(s); ${plan.scans.join('; ')}` +
    (sequential.length > 0
      ? ` — sequential scans of growing tables: ${sequential.length}`
      : ' — no sequential scan of a table that grows with the log')
  );
}

/** The half-load run's client p99 beside what the API, the load generator and the machine did meanwhile. */
export function describeHalfLoad(measurement: ReadMeasurement): string {
  return `${measurement.name}: p99 ${fmt(measurement.http.halfP99, 1)} ms at the client; ${describeProfile(measurement.halfLoadProfile)}`;
}

export async function benchGraphqlReads(context: BenchContext, dataset: PreparedDataset): Promise<void> {
  const { report } = context;
  const { queries, floor } = await measureGraphqlReads(context, dataset, { floor: true });
  for (const q of queries) report.note(`B5 plan, ${describePlan(q, dataset.events)}`);
  for (const q of queries) report.note(`B5 half load, ${describeHalfLoad(q)}`);
  report.add({
    bench: 'B5',
    what: "HTTP floor: a bare node:http server in its own process answering every POST with the ToR answer's bytes, same load generator",
    figure: `${fmt(floor!.rps)} req/s; ${fmt(floor!.p50, 1)}/${fmt(floor!.p99, 1)} ms`,
    beside: `the API's ToR query over HTTP: ${fmt(queries[0]!.http.rps)} req/s`,
    ratio: `API ${ratio(queries[0]!.http.rps, floor!.rps)} of floor`,
    target: '— (the ceiling of the machine and the load generator)',
    verdict: '—',
  });
  report.add({
    bench: 'B5',
    what: "HTTP floor paced at the ToR query's half-load rate, p50/p99: the machine otherwise idle, and with another process keeping one core busy",
    figure: `${fmt(floor!.pacedP50, 1)}/${fmt(floor!.pacedP99, 1)} ms; one core busy: ${fmt(floor!.busyP50, 1)}/${fmt(floor!.busyP99, 1)} ms`,
    beside: `the API's ToR query at that rate: ${fmt(queries[0]!.http.halfP50, 1)}/${fmt(queries[0]!.http.halfP99, 1)} ms`,
    ratio: `API p99 ${ratio(queries[0]!.http.halfP99, floor!.busyP99)} the floor's with one core busy`,
    target: '— (what sharing two cores alone costs a p99)',
    verdict: '—',
  });
  for (const { name, target, http: h, inProcess: l } of queries) {
    report.add({
      bench: 'B5',
      what: `GraphQL over HTTP (PostgreSQL read models): ${name}; p50/p99 at full load, and at half that load`,
      figure: `${fmt(h.rps)} req/s; ${fmt(h.p50, 1)}/${fmt(h.p99, 1)} ms; at half load ${fmt(h.halfP50, 1)}/${fmt(h.halfP99, 1)} ms`,
      beside: `graphql execute in-process, same app, 16 concurrent: ${fmt(l.rps)}/s, ${fmt(l.p50, 1)}/${fmt(l.p99, 1)} ms`,
      ratio: `${ratio(h.rps, l.rps)} in-process`,
      target: target ? '≥ 3,000 req/s; p99 < 5 ms at half load' : '—',
      verdict: target ? verdict(h.rps >= 3000 && h.halfP99 < 5) : '—',
    });
  }
}
