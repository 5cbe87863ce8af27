import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { LogConsumer, type Storage } from '@ledger/event-store';
import { schemaPerTest } from '@ledger/event-store/testing/schema-per-test';
import { executeCommand } from '@ledger/write-side';
import { ProjectionRunner } from './projection-runner';
import { migrateReadModels } from './read-model-schema';
import { READ_MODEL_VERSIONS, staleReadModels, StaleReadModelsError } from './read-model-versions';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A board of its own with two members: four events. */
const commands = (bodyId: string): DomainCommand[] => [
  { type: 'EstablishBody', data: { bodyId, name: 'Shape Test Board', shortName: 'STB' } },
  ...['east', 'west', 'north'].map((organisationId): DomainCommand => ({
    type: 'AdmitMemberOrganisation',
    data: {
      bodyId,
      organisationId,
      organisationName: `${organisationId} council`,
      inForceFrom: '2024-05-01',
      decision: { meetingId: `${bodyId}-2024-05-01`, itemNumber: '2', part: 'a' },
    },
  })),
];

describe('read models stored under an older shape', () => {
  const ledgers = schemaPerTest();
  afterAll(() => ledgers.close());
  let storage: Storage;
  let readSchema: string;
  const bodyId = 'shape-test-board';
  const runners: ProjectionRunner[] = [];

  const startRunner = async (autoRebuildMaxEvents?: number) => {
    const runner = new ProjectionRunner({
      store: storage.eventStore,
      log: new LogConsumer({ store: storage.eventStore }),
      database: storage.database,
      schema: readSchema,
      logger: quiet,
      ...(autoRebuildMaxEvents !== undefined && { autoRebuildMaxEvents }),
    });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  const bodyState = async () =>
    (await storage.database.query<{ state: unknown }>(`SELECT state FROM ${readSchema}.bodies WHERE body_id = $1`, [bodyId]))[0]?.state;
  const storedVersions = async () =>
    Object.fromEntries(
      (
        await storage.database.query<{ read_model: string; version: number }>(
          `SELECT read_model, version FROM ${readSchema}.read_model_versions`,
        )
      ).map((row) => [row.read_model, Number(row.version)]),
    );

  /** Projects the ledger, then makes it look as an older version stored the bodies: another number, another document. */
  const projectedUnderAnOlderShape = async () => {
    const runner = await startRunner();
    expect(await runner.waitFor(4n, 10_000)).toBe(true);
    await runner.stop();
    const projected = await bodyState();
    expect(projected).toMatchObject({ status: 'established' });
    await storage.database.exec(`
      UPDATE ${readSchema}.bodies SET state = '{"status": "as an older version stored it"}';
      UPDATE ${readSchema}.read_model_versions SET version = 0 WHERE read_model = 'bodies';`);
    return projected;
  };

  beforeEach(async () => {
    storage = await ledgers.open();
    readSchema = `${storage.schema}_read`;
    for (const command of commands(bodyId)) {
      await executeCommand(storage.eventStore, {
        command,
        correlationId: randomUUID(),
        principal: { id: 'clerk', role: 'clerk' },
        source: 'graphql',
      });
    }
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await storage.close();
  });

  it("records this code's shapes when it first projects", async () => {
    await startRunner();
    expect(await storedVersions()).toEqual(READ_MODEL_VERSIONS);
    expect(await staleReadModels(storage.database, readSchema)).toEqual([]);
  });

  it('counts read models projected before their shapes were numbered as the first numbered shapes', async () => {
    const runner = await startRunner();
    expect(await runner.waitFor(4n, 10_000)).toBe(true);
    await runner.stop();
    await storage.database.exec(`
      DROP TABLE ${readSchema}.read_model_versions;
      DELETE FROM ${readSchema}.schema_migrations WHERE component = 'read-models' AND version = 3;`);
    await migrateReadModels(storage.database, readSchema);
    expect(await storedVersions()).toEqual({ bodies: 1, meetings: 1, decisions: 1, follow_ups: 1, actions: 1 });
  });

  it('rebuilds them from the log as it starts, when they hold no more events than the limit', async () => {
    const projected = await projectedUnderAnOlderShape();
    expect(await staleReadModels(storage.database, readSchema)).toEqual([
      { name: 'bodies', stored: 0, current: READ_MODEL_VERSIONS.bodies },
    ]);

    await startRunner(4);
    expect(await bodyState()).toEqual(projected);
    expect(await storedVersions()).toEqual(READ_MODEL_VERSIONS);
  });

  it('refuses to start beyond the limit, naming the read model and the command that rebuilds it, and changes nothing', async () => {
    await projectedUnderAnOlderShape();
    const refused = startRunner(3);
    await expect(refused).rejects.toThrow(StaleReadModelsError);
    await expect(refused).rejects.toThrow(/bodies \(stored as shape 0, this version stores 2\).*4 events.*npm run cli -- rebuild/);
    expect(await bodyState()).toEqual({ status: 'as an older version stored it' });
    expect(await storedVersions()).toMatchObject({ bodies: 0 });
  });
});
