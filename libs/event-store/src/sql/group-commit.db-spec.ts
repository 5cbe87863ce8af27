import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';
import { newEvent } from '../testing/event-store.contract';
import { announceSkip, postgresTestBackend } from '../testing/test-backends';
import { PgSqlClient } from './pg-sql-client';
import { PGliteSqlClient } from './pglite-sql-client';
import type { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

interface Opened {
  readonly store: SqlEventStore;
  readonly sql: SqlClient;
  readonly schema: string;
  close(): Promise<void>;
}

const postgres = postgresTestBackend();
const clients: { name: string; open(groupCommits: boolean): Promise<Opened> }[] = [
  {
    name: 'PGlite',
    async open(groupCommits) {
      const sql = await PGliteSqlClient.open();
      const store = await SqlEventStore.open(sql, { kind: 'pglite', schema: 'ledger', groupCommits, closesClient: false });
      return { store, sql, schema: 'ledger', close: async () => (await store.close(), await sql.close()) };
    },
  },
];
if (postgres) {
  clients.push({
    name: 'PostgreSQL',
    async open(groupCommits) {
      const schema = `group_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const sql = new PgSqlClient({ connectionString: postgres.connectionString, max: 10 });
      const store = await SqlEventStore.open(sql, { kind: 'postgres', schema, groupCommits, closesClient: false });
      return {
        store,
        sql,
        schema,
        close: async () => {
          await store.close();
          await sql.exec(`DROP SCHEMA ${schema} CASCADE`);
          await sql.close();
        },
      };
    },
  });
} else {
  announceSkip('PostgreSQL group commit', 'TEST_DATABASE_URL is not set');
  it.skip('group commits on PostgreSQL (set TEST_DATABASE_URL to run; CI sets it with REQUIRE_POSTGRES=1)', () => undefined);
}

/** Appends sent at the same moment: the first is written alone, those that arrive meanwhile as one group. */
const together = (opened: Opened, appends: readonly [string, ExpectedRevision, number?][]) =>
  Promise.allSettled(
    appends.map(([streamId, expected, count = 1]) =>
      opened.store.appendToStream(
        streamId,
        Array.from({ length: count }, (_, n) => newEvent('Happened', { streamId, n })),
        expected,
      ),
    ),
  );

const transactionsOf = async (opened: Opened) =>
  (
    await opened.sql.query<{ transactions: string }>(
      `SELECT count(DISTINCT transaction_id)::text AS transactions FROM ${opened.schema}.events`,
    )
  )[0].transactions;

describe.each(clients)('appends committed in groups on $name', (client) => {
  let opened: Opened;
  afterEach(() => opened?.close());

  it('writes appends that arrive together in one transaction, each at its own stream revisions', async () => {
    opened = await client.open(true);
    const results = await together(
      opened,
      Array.from({ length: 12 }, (_, i) => [`grouped-${i}`, 'no_stream', 2] as const),
    );
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value.nextExpectedRevision : result.reason))).toEqual(
      Array(12).fill(1n),
    );
    // The first alone, the other eleven in one transaction.
    expect(await transactionsOf(opened)).toBe('2');
    const log = await opened.store.readAll({ maxCount: 100 });
    expect(log.map((event) => `${event.streamId}@${event.revision}`)).toEqual(
      Array.from({ length: 12 }, (_, i) => [`grouped-${i}@0`, `grouped-${i}@1`]).flat(),
    );
    const positions = log.map((event) => event.position);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it('writes each append in a transaction of its own when told not to group', async () => {
    opened = await client.open(false);
    await together(
      opened,
      Array.from({ length: 6 }, (_, i) => [`alone-${i}`, 'no_stream'] as const),
    );
    expect(await transactionsOf(opened)).toBe('6');
  });

  it('refuses an append with a stale expected revision alone, writing the rest of its group', async () => {
    opened = await client.open(true);
    await opened.store.appendToStream('stale', [newEvent()], 'no_stream');
    const [first, stale, next, fresh] = await together(opened, [
      ['before', 'no_stream'],
      ['stale', 5n],
      ['stale', 0n],
      ['fresh', 'no_stream'],
    ]);
    expect(first.status).toBe('fulfilled');
    expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(stale.status === 'rejected' && { ...(stale.reason as WrongExpectedRevisionError) }).toMatchObject({
      streamId: 'stale',
      expected: 5n,
      actual: 0n,
    });
    expect(next.status === 'fulfilled' && next.value.nextExpectedRevision).toBe(1n);
    expect(fresh.status === 'fulfilled' && fresh.value.nextExpectedRevision).toBe(0n);
    expect((await opened.store.readStream('stale')).map((event) => event.revision)).toEqual([0n, 1n]);
  });

  it('lets one of two appends expecting the same revision of a stream win, and refuses the other', async () => {
    opened = await client.open(true);
    const [, a, b] = await together(opened, [
      ['opener', 'no_stream'],
      ['contested', 'no_stream'],
      ['contested', 'no_stream'],
    ]);
    expect([a.status, b.status]).toEqual(['fulfilled', 'rejected']);
    expect(b.status === 'rejected' && b.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(b.status === 'rejected' && (b.reason as WrongExpectedRevisionError).actual).toBe(0n);
    expect(await opened.store.readStream('contested')).toHaveLength(1);
  });

  it('places appends to one stream that expect any revision one after the other', async () => {
    opened = await client.open(true);
    const results = await together(opened, [
      ['opener', 'any'],
      ['shared', 'any'],
      ['shared', 'any'],
      ['shared', 'any'],
    ]);
    expect(results.slice(1).map((result) => result.status === 'fulfilled' && result.value.nextExpectedRevision)).toEqual([0n, 1n, 2n]);
  });

  it('answers a retried append as already recorded, and refuses an event id recorded in another stream', async () => {
    opened = await client.open(true);
    const event = newEvent('Recorded');
    const foreign = newEvent('Elsewhere');
    await opened.store.appendToStream('retried', [event], 'no_stream');
    await opened.store.appendToStream('elsewhere', [foreign], 'no_stream');
    const [, retried, clash, other] = await Promise.allSettled([
      opened.store.appendToStream('opener', [newEvent()], 'no_stream'),
      opened.store.appendToStream('retried', [event], 'no_stream'),
      opened.store.appendToStream('thief', [foreign], 'no_stream'),
      opened.store.appendToStream('other', [newEvent()], 'no_stream'),
    ]);
    expect(retried.status === 'fulfilled' && retried.value.alreadyRecorded).toBe(true);
    expect(clash.status === 'rejected' && clash.reason).toBeInstanceOf(DuplicateEventIdError);
    expect(other.status === 'fulfilled' && other.value.nextExpectedRevision).toBe(0n);
    expect(await opened.store.readStream('thief')).toEqual([]);
  });
});
