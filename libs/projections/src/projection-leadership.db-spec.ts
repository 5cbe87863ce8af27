import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { LogConsumer, openStorage, type Storage } from '@ledger/event-store';
import { announceSkip } from '@ledger/event-store/testing/test-backends';
import { ProjectionRunner } from './projection-runner';

const url = process.env.TEST_DATABASE_URL;
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

const establish = (bodyId: string) => [
  { id: randomUUID(), type: 'BodyEstablished', data: { bodyId, name: `Board ${bodyId}`, shortName: 'B' }, metadata: { schemaVersion: 1 } },
];

if (!url && process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
if (!url) announceSkip('projection leadership on PostgreSQL', 'TEST_DATABASE_URL is not set');

(url ? describe : describe.skip)('several instances sharing one PostgreSQL', () => {
  const schema = `lead_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const readSchema = `${schema}_read`;
  const instances: { storage: Storage; runner: ProjectionRunner }[] = [];

  const startInstance = async () => {
    const settings = { kind: 'postgres' as const, connectionString: url!, schema };
    const storage = await openStorage(settings, settings);
    const runner = new ProjectionRunner({
      store: storage.eventStore,
      log: new LogConsumer({ store: storage.eventStore }),
      database: storage.database,
      schema: readSchema,
      logger: quiet,
      standbyPollMs: 100,
    });
    await runner.start();
    instances.push({ storage, runner });
    return { storage, runner };
  };

  afterAll(async () => {
    for (const { storage, runner } of instances) {
      await runner.stop();
      await storage.close();
    }
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${readSchema} CASCADE`);
    await client.end();
  });

  it('lets one project while the others serve reads, and hands over when the leader stops', async () => {
    const first = await startInstance();
    const second = await startInstance();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([first.runner.isLeader, second.runner.isLeader].filter(Boolean)).toHaveLength(1);
    const [leader, standby] = first.runner.isLeader ? [first, second] : [second, first];

    const written = await standby.storage.eventStore.appendToStream('body-one', establish('one'));
    // The standby answers "caught up" from the leader's checkpoint in the shared database.
    expect(await standby.runner.waitFor(written.position, 10_000)).toBe(true);

    await leader.runner.stop();
    const later = await standby.storage.eventStore.appendToStream('body-two', establish('two'));
    expect(await standby.runner.waitFor(later.position, 10_000)).toBe(true);
    expect(standby.runner.isLeader).toBe(true);
    const rows = await standby.storage.database.query<{ body_id: string }>(`SELECT body_id FROM ${readSchema}.bodies ORDER BY body_id`);
    expect(rows.map((row) => row.body_id)).toEqual(['one', 'two']);
  });
});
