import { Client } from 'pg';
import { newEvent, eventStoreContract } from '../testing/event-store.contract';
import { announceSkip, postgresTestBackend } from '../testing/test-backends';
import { openEventStore } from '../open-event-store';
import { StoreUnavailableError } from '../errors';

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

    it('reports an unreachable server as unavailable', async () => {
      await expect(
        openEventStore({ kind: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none' }),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}
