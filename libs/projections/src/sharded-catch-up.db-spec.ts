import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { openStorage, type SqlClient, type SqlExecutor, type Storage } from '@ledger/event-store';
import { announceSkip, postgresTestBackend } from '@ledger/event-store/testing/test-backends';
import { executeCommand } from '@ledger/write-side';
import { readCheckpoint } from './project-batch';
import { catchUp, rebuildReadModels } from './rebuild';
import { unfinishedShards } from './sharded-catch-up';
import { verifyReadModels } from './verify';

/** Several invented boards, each with its members, chair and two meetings of decisions: many streams. */
function inventedBoards(prefix: string, boards: number): DomainCommand[] {
  const commands: DomainCommand[] = [];
  for (let b = 0; b < boards; b++) {
    const bodyId = `${prefix}-${b}`;
    const decision = (meetingId: string, itemNumber: string) => ({ meetingId, itemNumber });
    commands.push(
      { type: 'EstablishBody', data: { bodyId, name: `Shardford Board ${b}`, shortName: `SB${b}` } },
      {
        type: 'AdmitMemberOrganisation',
        data: {
          bodyId,
          organisationId: `${bodyId}-council`,
          organisationName: `Shardford Council ${b}`,
          inForceFrom: '2022-06-01',
          decision: decision(`${bodyId}-2022-06-01`, '3'),
        },
      },
      {
        type: 'ElectOfficeholder',
        data: {
          bodyId,
          office: 'chair',
          term: '2022/23',
          holder: `Cllr Chair ${b}`,
          inForceFrom: '2022-06-01',
          decision: decision(`${bodyId}-2022-06-01`, '2'),
        },
      },
    );
    for (const day of ['2022-06-01', '2022-09-07']) {
      const meetingId = `${bodyId}-${day}`;
      commands.push(
        {
          type: 'ScheduleMeeting',
          data: { meetingId, bodyId, startsAt: `${day}T14:00:00Z`, location: { kind: 'online', platform: 'Video call' } },
        },
        { type: 'AddAgendaItem', data: { meetingId, item: { number: '2', title: 'Election of Chair', kind: 'election-of-officeholder' } } },
        { type: 'AddAgendaItem', data: { meetingId, item: { number: '3', title: 'Membership', kind: 'report' } } },
        {
          type: 'PassResolution',
          data: {
            meetingId,
            itemNumber: '3',
            recordedAt: `${day}T16:00:00Z`,
            parts: [{ kind: 'noted', text: `That the membership report of board ${b} be noted.`, effects: [] }],
          },
        },
      );
    }
  }
  return commands as DomainCommand[];
}

async function record(storage: Storage, command: DomainCommand): Promise<void> {
  await executeCommand(storage.eventStore, {
    command,
    correlationId: randomUUID(),
    principal: { id: 'clerk', role: 'clerk' },
    source: 'graphql',
  });
}

class ShardWriteFailed extends Error {}

/** The database as it is, except that the `failAt`-th checkpoint written by `shard` fails with its transaction. */
function failingShard(database: SqlClient, shard: number, failAt: number): SqlClient {
  let seen = 0;
  const guarded = (executor: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      if (/UPDATE \S+\.projection_shards/.test(sql) && params?.[0] === shard && ++seen === failAt)
        return Promise.reject(new ShardWriteFailed(`shard ${shard} could not write its checkpoint`));
      return executor.query(sql, params);
    },
    exec: (sql) => executor.exec(sql),
  });
  return {
    ...guarded(database),
    transaction: (work) => database.transaction((tx) => work(guarded(tx))),
    listen: database.listen.bind(database),
    tryLock: database.tryLock.bind(database),
    close: database.close.bind(database),
  };
}

/**
 * A rebuild in shards projects each stream in one shard, side by side; the read models it leaves
 * must be row for row those of a rebuild in one (verifyReadModels rebuilds in one and compares),
 * and a sharded rebuild stopped half way must be finished without applying any event twice.
 */
function describeShards(name: string, open: () => Promise<Storage & { cleanUp?: () => Promise<void> }>) {
  describe(`a rebuild in shards on ${name}`, () => {
    let storage: Storage & { cleanUp?: () => Promise<void> };
    const schema = `shards_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    let head: bigint;

    beforeAll(async () => {
      storage = await open();
      // A fixed prefix, so that which stream goes to which shard (and where a shard's write fails) is the same on every run.
      for (const command of inventedBoards('shardford', 6)) await record(storage, command);
      head = (await storage.eventStore.headPosition())!;
    });
    afterAll(async () => {
      await storage.database.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await storage.cleanUp?.();
      await storage.close();
    });

    it.each([2, 3, 5])('in %i shards leaves the rows a rebuild in one leaves, with one checkpoint at the head', async (shards) => {
      const result = await rebuildReadModels({ store: storage.eventStore, database: storage.database, schema, shards, batchSize: 7 });
      expect(result).toMatchObject({ events: Number(head), position: head });
      expect(await readCheckpoint(storage.database, schema)).toEqual({ position: head, eventsApplied: head });
      expect(await unfinishedShards(storage.database, schema)).toBeUndefined();
      const report = await verifyReadModels({ store: storage.eventStore, database: storage.database, schema });
      expect(report.differences).toEqual([]);
      const [{ n }] = await storage.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.decisions`);
      expect(n).toBe('12');
    });

    it('stopped by a failed write, is finished by the next catch-up, each shard from its own checkpoint', async () => {
      const failing = failingShard(storage.database, 1, 2);
      await expect(rebuildReadModels({ store: storage.eventStore, database: failing, schema, shards: 3, batchSize: 7 })).rejects.toThrow(
        ShardWriteFailed,
      );
      expect(await readCheckpoint(storage.database, schema)).toBeUndefined();
      const stopped = (await unfinishedShards(storage.database, schema))!;
      expect(stopped.map((shard) => shard.shard)).toEqual([0, 1, 2]);
      // The shards stopped at different places: shard 1 behind the others.
      expect(stopped[1].position).toBeDefined();
      expect(stopped.some((shard) => shard.position! > stopped[1].position!)).toBe(true);

      const resumed = await catchUp({ store: storage.eventStore, database: storage.database, schema, batchSize: 7 });
      expect(resumed.events).toBe(Number(head) - stopped.reduce((sum, shard) => sum + shard.events, 0));
      expect(await readCheckpoint(storage.database, schema)).toEqual({ position: head, eventsApplied: head });
      expect(await unfinishedShards(storage.database, schema)).toBeUndefined();
      expect((await verifyReadModels({ store: storage.eventStore, database: storage.database, schema })).differences).toEqual([]);
    });

    it('refuses a number of shards that is not a whole number from 1, before dropping anything', async () => {
      await rebuildReadModels({ store: storage.eventStore, database: storage.database, schema });
      await expect(rebuildReadModels({ store: storage.eventStore, database: storage.database, schema, shards: 0 })).rejects.toThrow(
        RangeError,
      );
      expect(await readCheckpoint(storage.database, schema)).toEqual({ position: head, eventsApplied: head });
    });
  });
}

describeShards('embedded PGlite', () =>
  openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' }),
);

const postgres = postgresTestBackend();
if (postgres) {
  describeShards('PostgreSQL', async () => ({
    ...(await openStorage(
      { kind: 'postgres', connectionString: postgres.connectionString, schema: postgres.schema },
      { kind: 'postgres', connectionString: postgres.connectionString, schema: postgres.schema },
    )),
    cleanUp: () => postgres.dropSchema(),
  }));
} else {
  announceSkip('PostgreSQL sharded rebuild', 'TEST_DATABASE_URL is not set');
  it.skip('PostgreSQL sharded rebuild (set TEST_DATABASE_URL to run; CI sets it with REQUIRE_POSTGRES=1)', () => undefined);
}
