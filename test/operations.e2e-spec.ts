import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '@ledger/event-store';
import { readModelSchemaOf } from '@ledger/projections';
import { runCli, startApi, type RunningApi } from './support/api-process';
import { apiBackends, type ApiBackend } from './support/test-databases';
import { waitFor } from './support/wait-for';
import { metricSamples as samples } from './support/metrics';

interface Answer {
  readonly status: number;
  readonly body: string;
}
type Outcome = Answer | { readonly error: string };

/** The API is started with this secret, and every request carries a token signed with it (HS256). */
const AUTH_JWT_SECRET = 'operations-e2e-only-secret-0123456789abcdef';

function adminToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { role: 'admin', sub: 'operations-e2e', iss: 'governance-ledger', aud: 'governance-ledger', iat: now, exp: now + 3600 };
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', AUTH_JWT_SECRET).update(unsigned).digest('base64url')}`;
}

/** A POST on a connection of its own (no keep-alive pool), so that its fate is its own: answered, refused or cut. */
function post(url: string, path: string, payload: unknown, agent: Agent | false = false): Promise<Outcome> {
  const body = JSON.stringify(payload);
  return new Promise((resolve) => {
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${adminToken()}`,
    };
    const sent = request(`${url}${path}`, { method: 'POST', agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: `answer cut: ${error.code ?? error.message}` }));
    });
    sent.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    sent.end(body);
  });
}

const ESTABLISH = `mutation Establish($input: EstablishBodyInput!, $commandId: ID) {
  establishBody(input: $input, commandId: $commandId) { streamId position events { id type } }
}`;
const establish = (bodyId: string, commandId: string = randomUUID()) => ({
  query: ESTABLISH,
  operationName: 'Establish',
  variables: { input: { bodyId, name: `Board ${bodyId}`, shortName: 'B' }, commandId },
});

interface Established {
  readonly streamId: string;
  readonly position: string;
  readonly events: { id: string; type: string }[];
}
const establishedIn = (outcome: Outcome): Established | undefined =>
  'body' in outcome ? (JSON.parse(outcome.body) as { data?: { establishBody?: Established } }).data?.establishBody : undefined;

function openBackendStorage(env: Record<string, string>, dataDir: string): Promise<Storage> {
  const schema = env.DATABASE_SCHEMA ?? 'ledger';
  const settings =
    env.STORE === 'postgres'
      ? ({ kind: 'postgres', connectionString: env.DATABASE_URL, schema } as const)
      : ({ kind: 'pglite', dataDir: join(dataDir, 'pglite'), schema } as const);
  return openStorage(settings, settings);
}

async function graphql<T>(api: RunningApi, query: string): Promise<{ data?: T; errors?: unknown[] }> {
  const outcome = await post(api.url, '/graphql', { query });
  if ('error' in outcome) throw new Error(`${query}: ${outcome.error}`);
  return JSON.parse(outcome.body) as { data?: T; errors?: unknown[] };
}

async function readyAnswer(api: RunningApi) {
  const response = await fetch(`${api.url}/health/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe.each(apiBackends())('operations on $name', (backend: ApiBackend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-operations-'));
  const env = { ...backend.env(dataDir), AUTH_JWT_SECRET };
  let api: RunningApi | undefined;

  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(async () => {
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves Prometheus metrics: commands by type and outcome, GraphQL durations, projection lag, the process; health and metrics requests log nothing', async () => {
    api = await startApi(env);
    const commandId = randomUUID();
    const first = establishedIn(await post(api.url, '/graphql', establish('metrics', commandId)))!;
    expect(establishedIn(await post(api.url, '/graphql', establish('metrics', commandId)))).toEqual(first);
    const refused = await post(api.url, '/graphql', establish('metrics'));
    expect(JSON.parse((refused as Answer).body).errors[0].extensions.code).toBe('CONFLICT');
    const query = await graphql(api, `query Bodies { bodies(waitForPosition: "${first.position}") { bodyId } }`);
    expect(query.errors).toBeUndefined();

    const linesBefore = api.output().trim().split('\n').length;
    for (let round = 0; round < 5; round++) {
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
      expect((await fetch(`${api.url}/metrics`)).status).toBe(200);
    }
    const response = await fetch(`${api.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = await response.text();
    expect(api.output().trim().split('\n').length).toBe(linesBefore);

    expect(samples(metrics, 'ledger_commands_total')).toEqual(
      new Map([
        ['{source="graphql",command_type="EstablishBody",outcome="recorded",code=""}', 1],
        ['{source="graphql",command_type="EstablishBody",outcome="already_recorded",code=""}', 1],
        ['{source="graphql",command_type="EstablishBody",outcome="refused",code="CONFLICT"}', 1],
      ]),
    );
    const counts = samples(metrics, 'ledger_graphql_operation_duration_seconds_count');
    expect(counts.get('{operation_type="mutation",operation_name="Establish",outcome="ok"}')).toBe(2);
    expect(counts.get('{operation_type="mutation",operation_name="Establish",outcome="error"}')).toBe(1);
    expect(counts.get('{operation_type="query",operation_name="Bodies",outcome="ok"}')).toBe(1);
    const buckets = samples(metrics, 'ledger_graphql_operation_duration_seconds_bucket');
    expect(buckets.get('{le="+Inf",operation_type="query",operation_name="Bodies",outcome="ok"}')).toBe(1);
    expect(
      samples(metrics, 'ledger_graphql_operation_duration_seconds_sum').get(
        '{operation_type="mutation",operation_name="Establish",outcome="ok"}',
      ),
    ).toBeGreaterThan(0);

    expect(samples(metrics, 'ledger_projection_lag_events')).toEqual(new Map([['', 0]]));
    expect(samples(metrics, 'ledger_projection_lag_seconds')).toEqual(new Map([['', 0]]));
    expect(samples(metrics, 'ledger_projection_position').get('')).toBe(Number(first.position));
    expect(samples(metrics, 'ledger_event_log_head_position').get('')).toBe(Number(first.position));
    expect(samples(metrics, 'ledger_projection_projecting').get('')).toBe(1);
    for (const processMetric of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(samples(metrics, processMetric).get('')).toBeGreaterThan(0);
    }
  });

  if (backend.name === 'PostgreSQL') {
    it('is not ready while the read models lag by more than READY_MAX_LAG_EVENTS, and shows the lag in /metrics; ready again once they catch up', async () => {
      // Holding the projection lock keeps the API a standby: it serves, but does not project.
      const storage = await openBackendStorage(env, dataDir);
      const lock = await storage.database.tryLock(`${readModelSchemaOf(storage)}.projection`, () => undefined);
      expect(lock).toBeDefined();
      try {
        api = await startApi({ ...env, READY_MAX_LAG_EVENTS: '1' });
        expect(await readyAnswer(api)).toMatchObject({ status: 200, body: { readModels: { status: 'up', projecting: false } } });
        for (const bodyId of ['lag-1', 'lag-2']) expect(establishedIn(await post(api.url, '/graphql', establish(bodyId)))).toBeDefined();
        expect(await readyAnswer(api)).toMatchObject({
          status: 503,
          body: {
            status: 'unavailable',
            failed: ['readModels'],
            store: { status: 'up' },
            readModels: { status: 'lagging', lagEvents: 2, maxLagEvents: 1, projecting: false },
          },
        });
        const metrics = await (await fetch(`${api.url}/metrics`)).text();
        expect(samples(metrics, 'ledger_projection_lag_events').get('')).toBe(2);
        expect(samples(metrics, 'ledger_projection_lag_seconds').get('')).toBeGreaterThan(0);
        expect(samples(metrics, 'ledger_projection_projecting').get('')).toBe(0);
      } finally {
        await lock?.release();
        await storage.close();
      }
      // The API takes the lock over within a second and projects the backlog.
      const running = api;
      const ready = await waitFor(
        async () => {
          const answer = await readyAnswer(running);
          if (answer.status === 200) return answer;
          throw new Error(JSON.stringify(answer));
        },
        { timeoutMs: 15_000, intervalMs: 100, what: 'the API to be ready once it projects' },
      );
      expect(ready).toMatchObject({ status: 200, body: { readModels: { status: 'up', lagEvents: 0, projecting: true } } });
    });
  } else {
    it.skip('is not ready while the read models lag (end to end on PostgreSQL only, where the test can hold the projection lock; on PGlite see apps/api/src/platform/health/health.db-spec.ts)', () =>
      undefined);
  }

  it('on SIGTERM answers every request in flight, refuses new connections, finishes projecting, and exits 0; nothing acknowledged is lost or doubled', async () => {
    api = await startApi({ ...env, LOG_LEVEL: 'debug' });
    const running = api;
    // A keep-alive client whose connection sits idle must not hold the shutdown up.
    const keepAlive = new Agent({ keepAlive: true });
    expect(await post(running.url, '/graphql', { query: '{ serverInfo { version } }' }, keepAlive)).toMatchObject({ status: 200 });

    const BURST = 60;
    const bodyId = (index: number) => `shutdown-${index}`;
    let signalledAt = 0;
    let exited: Promise<number | null> | undefined;
    const answeredAt: number[] = [];
    const burst = Array.from({ length: BURST }, (_, index) =>
      post(running.url, '/graphql', establish(bodyId(index))).then((outcome) => {
        answeredAt[index] = Date.now();
        if (!exited) {
          // The first answer is back: the rest of the burst is in flight. Stop the server now.
          signalledAt = Date.now();
          exited = running.stop('SIGTERM');
        }
        return outcome;
      }),
    );
    // Requests sent once the shutdown has begun, each once the one before has its answer or refusal:
    // answered if they beat the server's close, refused after. Once one is refused, the next waits for
    // the process to be gone, and finds nothing listening.
    const lateOutcomes: Outcome[] = [];
    while (!exited) await new Promise((resolve) => setImmediate(resolve));
    const refusedBy = Date.now() + 30_000;
    for (let index = BURST; ; index++) {
      const outcome = await post(running.url, '/graphql', establish(bodyId(index)));
      lateOutcomes.push(outcome);
      if ('error' in outcome && outcome.error === 'ECONNREFUSED') break;
      if (Date.now() > refusedBy) throw new Error(`still accepting connections 30 s after SIGTERM: ${JSON.stringify(outcome)}`);
    }
    await exited;
    lateOutcomes.push(await post(running.url, '/graphql', establish(bodyId(BURST + lateOutcomes.length))));

    const burstOutcomes = await Promise.all(burst);
    const code = await exited!;
    const stoppedAt = Date.now();
    keepAlive.destroy();
    api = undefined;
    const output = running.output();

    expect({ code, output: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, output: '' });
    expect(stoppedAt - signalledAt).toBeLessThan(8_000);
    // Every request sent before the signal got a complete, successful answer, many of them after it.
    for (const outcome of burstOutcomes) {
      expect(outcome).toMatchObject({ status: 200 });
      expect(establishedIn(outcome)?.events).toHaveLength(1);
    }
    const answeredAfterSignal = answeredAt.filter((at) => at > signalledAt).length;
    expect(answeredAfterSignal).toBeGreaterThan(0);
    // A request sent after the signal is answered if the server was still accepting, and refused
    // once it had stopped listening. The one caught in the kernel's accept queue at the instant the
    // server stopped listening is reset instead (TCP resets an unaccepted connection when its
    // listening socket closes); the server never read a byte of it, and the log check below shows
    // it recorded nothing.
    const lateFates = lateOutcomes.map((outcome) =>
      'error' in outcome ? outcome.error : establishedIn(outcome)?.events.length === 1 ? 'answered' : 'bad answer',
    );
    for (const fate of lateFates) expect(['answered', 'ECONNREFUSED', 'ECONNRESET']).toContain(fate);
    expect(lateFates.at(-1)).toBe('ECONNREFUSED');
    const logLines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { message: any; context?: string });
    const shutdownLog = logLines.filter((line) => line.context === 'Shutdown').map((line) => line.message);
    expect(shutdownLog).toEqual([
      expect.objectContaining({ message: 'shutting down: refusing new connections, finishing requests in flight', signal: 'SIGTERM' }),
      { message: 'stopped', signal: 'SIGTERM' },
    ]);
    console.info(
      `shutdown on ${backend.name}: ${shutdownLog[0].requestsInFlight} requests in flight at SIGTERM, ${answeredAfterSignal} of ${BURST} answered after it; ` +
        `${lateOutcomes.filter((outcome) => !('error' in outcome)).length} of ${lateOutcomes.length} late requests answered, the rest refused or reset: ${lateFates.join(' ')}`,
    );

    // Every acknowledged write is in the log exactly once; nothing unanswered was written.
    const acknowledged = [...burstOutcomes, ...lateOutcomes].map(establishedIn);
    const storage = await openBackendStorage(env, dataDir);
    let head: bigint;
    try {
      // The whole log, page by page: a fast machine answers well over one page of late requests.
      const log = [];
      for (
        let page = await storage.eventStore.readAll();
        page.length > 0;
        page = await storage.eventStore.readAll({ after: page.at(-1)!.position })
      )
        log.push(...page);
      head = log.at(-1)!.position;
      const timesRecorded = new Map<string, number>();
      for (const event of log) timesRecorded.set(event.id, (timesRecorded.get(event.id) ?? 0) + 1);
      for (const [index, written] of acknowledged.entries()) {
        const stream = await storage.eventStore.readStream(`body-${bodyId(index)}`);
        if (written) {
          expect(timesRecorded.get(written.events[0].id)).toBe(1);
          expect(stream.map((event) => event.id)).toEqual([written.events[0].id]);
        } else {
          expect(stream).toEqual([]);
        }
      }
    } finally {
      await storage.close();
    }

    // After a restart the read models catch up with everything, and agree with the log.
    api = await startApi(env);
    const bodies = await graphql<{ bodies: { bodyId: string }[] }>(
      api,
      `{ bodies(waitForPosition: "${head}", waitTimeoutMs: 20000) { bodyId } }`,
    );
    expect(bodies.errors).toBeUndefined();
    const projected = new Set(bodies.data!.bodies.map((body) => body.bodyId));
    for (const [index, written] of acknowledged.entries()) expect(projected.has(bodyId(index))).toBe(written !== undefined);
    expect(await api.stop()).toBe(0);
    api = undefined;
    const verified = await runCli(['verify-projections', '--json'], env);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ position: head.toString(), differences: [] });
  }, 120_000);
});
