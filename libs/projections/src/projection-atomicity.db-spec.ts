import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { LogConsumer, openStorage, type SqlClient, type SqlExecutor, type Storage } from '@ledger/event-store';
import { announceSkip, postgresTestBackend } from '@ledger/event-store/testing/test-backends';
import { executeCommand } from '@ledger/write-side';
import { loadStates } from './aggregate-documents';
import { projectBatch, readCheckpoint } from './project-batch';
import { ProjectionRunner } from './projection-runner';
import { READ_MODEL_TABLES, migrateReadModels } from './read-model-schema';
import { catchUp, rebuildReadModels } from './rebuild';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A failure of the statement that moves the checkpoint, as a full disk or a lost connection would cause. */
class CheckpointWriteFailed extends Error {}

const movesCheckpoint = (sql: string) => /INSERT INTO \S+\.projection_checkpoint/.test(sql);

/** The database as it is, except that every statement moving the checkpoint fails, in or out of a transaction. */
function failingCheckpointWrites(database: SqlClient, { failing = true } = {}): SqlClient & { failures: number; failing: boolean } {
  const guarded = (executor: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      if (faulty.failing && movesCheckpoint(sql)) {
        faulty.failures += 1;
        return Promise.reject(new CheckpointWriteFailed('the checkpoint could not be written'));
      }
      return executor.query(sql, params);
    },
    exec: (sql) => executor.exec(sql),
  });
  const faulty = {
    ...guarded(database),
    failures: 0,
    failing,
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => database.transaction((tx) => work(guarded(tx))),
    listen: database.listen.bind(database),
    tryLock: database.tryLock.bind(database),
    close: database.close.bind(database),
  };
  return faulty;
}

function invented(bodyId: string): DomainCommand[] {
  const meetingId = `${bodyId}-2024-03-14`;
  return [
    { type: 'EstablishBody', data: { bodyId, name: 'Atomicity Test Partnership Board', shortName: 'ATPB' } },
    {
      type: 'ScheduleMeeting',
      data: { meetingId, bodyId, startsAt: '2024-03-14T14:00:00Z', location: { kind: 'online', platform: 'Video call' } },
    },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '1', title: 'Work programme', kind: 'report' } } },
    {
      type: 'PassResolution',
      data: {
        meetingId,
        itemNumber: '1',
        recordedAt: '2024-03-15T09:00:00Z',
        parts: [{ kind: 'noted', text: 'That the work programme be noted.', effects: [] }],
      },
    },
  ] as DomainCommand[];
}

async function record(storage: Storage, command: DomainCommand): Promise<bigint> {
  const outcome = await executeCommand(storage.eventStore, {
    command,
    correlationId: randomUUID(),
    principal: { id: 'clerk', role: 'clerk' },
    source: 'graphql',
  });
  return outcome.position!;
}

async function rowCounts(database: SqlClient, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of READ_MODEL_TABLES) {
    const [row] = await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.${name}`);
    counts[name] = Number(row.n);
  }
  return counts;
}

const EMPTY = Object.fromEntries(READ_MODEL_TABLES.map(({ name }) => [name, 0]));

/**
 * A batch's read-model rows and its checkpoint commit together or not at all: when the checkpoint
 * cannot be written, none of the batch's rows may remain, or a restart would apply the batch twice
 * (or, for rows written outside the batch's transaction, keep rows no checkpoint accounts for).
 */
function describeAtomicity(name: string, open: () => Promise<Storage & { cleanUp?: () => Promise<void> }>) {
  describe(`a projection batch on ${name}`, () => {
    let storage: Storage & { cleanUp?: () => Promise<void> };
    const schema = `atomic_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const bodyId = `atomicity-${randomUUID().slice(0, 8)}`;
    let head: bigint;

    beforeAll(async () => {
      storage = await open();
      for (const command of invented(bodyId)) head = await record(storage, command);
      await migrateReadModels(storage.database, schema);
    });
    afterAll(async () => {
      await storage.database.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await storage.cleanUp?.();
      await storage.close();
    });

    it('writes nothing, not even a checkpoint, for an empty batch', async () => {
      await expect(projectBatch(storage.database, schema, [])).resolves.toBeUndefined();
      expect(await rowCounts(storage.database, schema)).toEqual(EMPTY);
      expect(await readCheckpoint(storage.database, schema)).toBeUndefined();
    });

    it('folds a later batch onto the states an earlier batch stored', async () => {
      const events = await storage.eventStore.readAll({ maxCount: 100 });
      const [split, whole] = [`${schema}_split`, `${schema}_whole`];
      try {
        for (const target of [split, whole]) await migrateReadModels(storage.database, target);
        // The body's and the meeting's later events land in a second batch, folded onto what the first stored.
        await projectBatch(storage.database, split, events.slice(0, 2));
        await projectBatch(storage.database, split, events.slice(2));
        await projectBatch(storage.database, whole, events);
        for (const kind of ['body', 'meeting'] as const) {
          const ids = kind === 'body' ? [bodyId] : [`${bodyId}-2024-03-14`];
          expect(await loadStates(storage.database, split, kind, ids)).toEqual(await loadStates(storage.database, whole, kind, ids));
        }
      } finally {
        for (const target of [split, whole]) await storage.database.exec(`DROP SCHEMA IF EXISTS ${target} CASCADE`);
      }
    });

    it('leaves no row and no checkpoint behind when a catch-up cannot write its checkpoint', async () => {
      const database = failingCheckpointWrites(storage.database);
      await expect(catchUp({ store: storage.eventStore, database, schema, batchSize: 2 })).rejects.toThrow(CheckpointWriteFailed);
      expect(database.failures).toBe(1);
      expect(await rowCounts(storage.database, schema)).toEqual(EMPTY);
      expect(await readCheckpoint(storage.database, schema)).toBeUndefined();
    });

    it('leaves no row and no checkpoint behind when a rebuild cannot write its checkpoint', async () => {
      const database = failingCheckpointWrites(storage.database);
      await expect(rebuildReadModels({ store: storage.eventStore, database, schema, batchSize: 2 })).rejects.toThrow(CheckpointWriteFailed);
      expect(await rowCounts(storage.database, schema)).toEqual(EMPTY);
      expect(await readCheckpoint(storage.database, schema)).toBeUndefined();
    });

    it('leaves no row and no checkpoint behind when the live runner cannot write its checkpoint', async () => {
      const database = failingCheckpointWrites(storage.database, { failing: false });
      const errors: unknown[] = [];
      const runner = new ProjectionRunner({
        store: storage.eventStore,
        log: new LogConsumer({ store: storage.eventStore, batchSize: 1, logger: { ...quiet, error: (message) => errors.push(message) } }),
        database,
        schema,
        logger: { ...quiet, error: (message) => errors.push(message) },
      });
      await runner.start();
      try {
        expect(await runner.waitFor(head, 15_000)).toBe(true);
        const caughtUp = { ...EMPTY, bodies: 1, body_versions: 1, meetings: 1, decisions: 1, minute_passages: 1, recorded_times: 3 };
        expect(await rowCounts(storage.database, schema)).toEqual(caughtUp);
        expect(await readCheckpoint(storage.database, schema)).toEqual({ position: head, eventsApplied: 4n });

        database.failing = true;
        const meetingId = `${bodyId}-2024-06-20`;
        await record(storage, {
          type: 'ScheduleMeeting',
          data: { meetingId, bodyId, startsAt: '2024-06-20T14:00:00Z', location: { kind: 'online', platform: 'Video call' } },
        } as DomainCommand);
        for (const deadline = Date.now() + 15_000; database.failures === 0 && Date.now() < deadline;) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(database.failures).toBeGreaterThanOrEqual(1);
        expect(errors.length).toBeGreaterThanOrEqual(1);
        expect(await rowCounts(storage.database, schema)).toEqual(caughtUp);
        expect(await readCheckpoint(storage.database, schema)).toEqual({ position: head, eventsApplied: 4n });
      } finally {
        await runner.stop();
      }
    });
  });
}

describeAtomicity('embedded PGlite', () =>
  openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' }),
);

const postgres = postgresTestBackend();
if (postgres) {
  describeAtomicity('PostgreSQL', async () => ({
    ...(await openStorage(
      { kind: 'postgres', connectionString: postgres.connectionString, schema: postgres.schema },
      { kind: 'postgres', connectionString: postgres.connectionString, schema: postgres.schema },
    )),
    cleanUp: () => postgres.dropSchema(),
  }));
} else {
  announceSkip('PostgreSQL projection atomicity', 'TEST_DATABASE_URL is not set');
  it.skip('PostgreSQL projection atomicity (set TEST_DATABASE_URL to run; CI sets it with REQUIRE_POSTGRES=1)', () => undefined);
}
