import { Client } from 'pg';
import { newEvent, eventStoreContract } from '../testing/event-store.contract';
import { announceSkip, postgresTestBackend } from '../testing/test-backends';
import { openEventStore } from '../open-event-store';
import { StoreUnavailableError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { PgSqlClient } from './pg-sql-client';
import { SqlEventStore } from './sql-event-store';

const backend = postgresTestBackend();

if (!backend) {
  announceSkip('PostgreSQL', 'TEST_DATABASE_URL is not set');
  it.skip('PostgreSQL event store (set TEST_DATABASE_URL to run)', () => undefined);
} else {
  afterAll(() => backend.dropSchema());

  eventStoreContract(backend);

  describe('PostgreSQL event store specifics', () => {
    it('holds back a committed event while an earlier position is still being written', async () => {
      // Shows the gap a naive `position > checkpoint` reader falls into, and that readAll avoids it.
      const store = await backend.open();
      const client = new Client({ connectionString: backend.connectionString });
      await client.connect();
      try {
        const before = await store.headPosition();
        const slow = await backend.beginSlowAppend!(store, 'gap-slow', [newEvent('Slow')]);
        const fast = await store.appendToStream('gap-fast', [newEvent('Fast')]);

        const naive = await client.query(
          `SELECT position::text, event_type FROM ${backend.schema}.events WHERE position > $1 ORDER BY position`,
          [(before ?? 0n).toString()],
        );
        expect(naive.rows.map((r) => r.event_type)).toEqual(['Fast']);
        expect((await store.readAll({ after: before })).map((e) => e.type)).toEqual([]);
        expect(await store.headPosition()).toBe(before);

        await slow.commit();
        const after = await store.readAll({ after: before });
        expect(after.map((e) => e.type)).toEqual(['Slow', 'Fast']);
        expect(after[1].position).toBe(fast.position);
      } finally {
        await client.end();
        await store.close();
      }
    });

    it('wakes a subscriber of another process once an append has committed, without waiting for its poll', async () => {
      const writer = await backend.open();
      // A reader that would poll only once a minute: within the test's time only a notification wakes it.
      const reader = await SqlEventStore.open(new PgSqlClient({ connectionString: backend.connectionString, max: 2 }), {
        kind: 'postgres',
        schema: backend.schema,
        idlePollMs: 60_000,
      });
      const received: RecordedEvent[] = [];
      let caughtUp!: () => void;
      const live = new Promise<void>((resolve) => (caughtUp = resolve));
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const subscription = reader.subscribeToAll(
        {
          onEvents: (events) => {
            received.push(...events.filter((event) => event.streamId === 'notified'));
            if (received.length > 0) arrived();
          },
          onCaughtUp: () => caughtUp(),
        },
        { after: await writer.headPosition() },
      );
      try {
        await live;
        const appended = await writer.appendToStream('notified', [newEvent('Notified')], 'no_stream');
        // Bounded, so that a missing notification fails here rather than hanging on the minute's poll.
        await Promise.race([arrival, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
        expect(received.map((event) => event.position)).toEqual([appended.position]);
      } finally {
        await subscription.stop();
        await reader.close();
        await writer.close();
      }
    });

    it('reports an unreachable server as unavailable', async () => {
      await expect(openEventStore({ kind: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    });
  });
}
