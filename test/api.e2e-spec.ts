import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openEventStore } from '@ledger/event-store';
import { announceSkip } from '@ledger/event-store/testing/test-backends';
import { runApiToExit, runCli, startApi, type RunningApi } from './support/api-process';

const SERVER_INFO = '{ serverInfo { version storeKind headPosition } }';
const version = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
const newEvent = (type: string, data: Record<string, unknown>) => ({ id: randomUUID(), type, data, metadata: {} });

describe('API on the embedded store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  let api: RunningApi | undefined;

  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with only a data folder configured and answers serverInfo over GraphQL', async () => {
    api = await startApi({ DATA_DIR: dataDir });
    const answer = await api.graphql(SERVER_INFO);
    expect(answer).toEqual({ data: { serverInfo: { version, storeKind: 'PGLITE', headPosition: null } } });
  });

  it('reports itself live and ready', async () => {
    api = await startApi({ DATA_DIR: dataDir });
    const live = await fetch(`${api.url}/health/live`);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      store: { kind: 'pglite', status: 'up' },
      readModels: { status: 'up', lagEvents: 0 },
    });
  });

  it('finds what was recorded before a restart', async () => {
    const store = await openEventStore({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    const written = await store.appendToStream('body-nescb', [
      newEvent('BodyEstablished', { name: 'Northshire and Eastdale Safer Communities Board' }),
      newEvent('MemberOrganisationAdmitted', { organisation: 'Eastdale District Council' }),
    ]);
    await store.close();

    api = await startApi({ DATA_DIR: dataDir });
    const answer = await api.graphql<{ serverInfo: { headPosition: string } }>(SERVER_INFO);
    expect(answer.data?.serverInfo.headPosition).toBe(written.position.toString());
  });

  it('writes JSON log lines', async () => {
    api = await startApi({ DATA_DIR: dataDir, LOG_FORMAT: 'json' });
    const lines = api.output().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((line) => JSON.parse(line).level)).toContain('log');
  });
});

describe('API start-up failures', () => {
  it('refuses a bad configuration with one clear line and a non-zero exit', async () => {
    const exited = await runApiToExit({ STORE: 'mongodb', PORT: 'eighty' });
    expect(exited.code).toBe(1);
    expect(exited.stdout).toBe('');
    expect(exited.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^governance-ledger: Invalid configuration: .*STORE must be one of pglite, postgres, eventstoredb.*PORT must be/,
      ),
    ]);
  });

  it('says plainly when the PostgreSQL server cannot be reached', async () => {
    const exited = await runApiToExit({ STORE: 'postgres', DATABASE_URL: 'postgres://ledger:secret@127.0.0.1:1/ledger' });
    expect(exited.code).toBe(1);
    expect(exited.stderr.trim().split('\n')).toEqual([
      'governance-ledger: cannot open the event store, PostgreSQL at postgres://ledger:***@127.0.0.1:1/ledger: connect ECONNREFUSED 127.0.0.1:1',
    ]);
  });
});

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl && process.env.REQUIRE_POSTGRES) {
  throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
}
(databaseUrl ? describe : describe.skip)('API on a PostgreSQL server', () => {
  const schema = `e2e_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let api: RunningApi | undefined;

  afterAll(async () => {
    await api?.stop();
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('sees events appended by another process to the same log', async () => {
    api = await startApi({ STORE: 'postgres', DATABASE_URL: databaseUrl!, DATABASE_SCHEMA: schema });
    const store = await openEventStore({ kind: 'postgres', connectionString: databaseUrl!, schema });
    const written = await store.appendToStream('body-hwb', [newEvent('BodyEstablished', { name: 'Health and Wellbeing Board' })]);
    await store.close();

    const answer = await api.graphql(SERVER_INFO);
    expect(answer).toEqual({ data: { serverInfo: { version, storeKind: 'POSTGRES', headPosition: written.position.toString() } } });
  });
});
if (!databaseUrl) announceSkip('API on PostgreSQL', 'TEST_DATABASE_URL is not set');

describe('command line', () => {
  it('lists its commands', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: ledger/);
    expect(result.stdout).toMatch(/info/);
  });

  it('reports the configured store and its head', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    try {
      const result = await runCli(['info', '--json'], { DATA_DIR: dataDir });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ store: 'pglite', location: join(dataDir, 'pglite'), headPosition: null });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('fails with one line on an unknown command', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
