import { assertSchemaName, type EventStore, type SqlClient } from '@ledger/event-store';
import { type FoldedBatch, foldBatch, readCheckpoint, writeBatch } from './project-batch';
import { loadStates } from './aggregate-documents';
import { StateCache } from './state-cache';
import { deferIndexes, restoreDeferredIndexes } from './deferred-indexes';
import { migrateReadModels } from './read-model-schema';
import { vacuumReadModels } from './read-model-statistics';
import { finishShards, startShards, unfinishedShards } from './sharded-catch-up';

export interface RebuildProgress {
  readonly position: bigint;
  readonly head: bigint;
  readonly events: number;
}

export interface RebuildOptions {
  readonly store: EventStore;
  readonly database: SqlClient;
  readonly schema: string;
  readonly batchSize?: number;
  /** Stop at this position instead of the head of the log. */
  readonly upTo?: bigint;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Asked before each batch is written; once false, the catch-up ends with what it has committed. */
  readonly proceed?: () => boolean;
  /**
   * A rebuild projects the log in this many shards of streams at once, each on a connection of its
   * own (see shardOf); 1, the default, projects it in one. Worth more than 1 only where the server
   * has cores to spare: on the embedded store every transaction takes turns.
   */
  readonly shards?: number;
}

/**
 * Events per transaction when catching up. Each batch rewrites every aggregate it touches once, so
 * larger batches rewrite a long-lived body's state less often; 5,000 events took a rebuild from
 * 17k to 27k events/s on PostgreSQL in the benchmark, 20,000 only to 31k while holding four times
 * the events in memory.
 */
export const DEFAULT_CATCH_UP_BATCH = 5000;

export class ProjectionBusyError extends Error {
  constructor(schema: string) {
    super(`Another process is projecting the read models in "${schema}" (an API instance?); stop it first`);
    this.name = 'ProjectionBusyError';
  }
}

/** Drops the read models and projects them again from the start of the log. */
export async function rebuildReadModels(options: RebuildOptions): Promise<{ events: number; position?: bigint }> {
  const { database, schema } = options;
  assertSchemaName(schema);
  const lock = await database.tryLock(`${schema}.projection`, () => undefined);
  if (!lock) throw new ProjectionBusyError(schema);
  try {
    return await rebuildHoldingTheLock(options);
  } finally {
    await lock.release();
  }
}

/** rebuildReadModels, for a caller that already holds the projection lock. */
export async function rebuildHoldingTheLock(options: RebuildOptions): Promise<{ events: number; position?: bigint }> {
  const { database, schema } = options;
  assertSchemaName(schema);
  const shards = options.shards ?? 1;
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError(`shards must be a whole number from 1, not ${shards}`);
  await database.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await migrateReadModels(database, schema);
  await deferIndexes(database, schema);
  if (shards > 1) await startShards(database, schema, shards);
  const result = await catchUp(options);
  await restoreDeferredIndexes(database, schema);
  // Fresh tables have no statistics until autovacuum comes by (and PGlite has none): without them
  // the planner may scan the register whole rather than walk its indexes.
  await vacuumReadModels(database, schema);
  return result;
}

/** At least this many aggregates' states are kept in memory during a catch-up (see StateCache). */
const CACHED_STATES = 50_000;

/**
 * Projects from the read models' checkpoint to the head of the log (or `upTo`), batch by batch,
 * as a pipeline: while one batch's transaction is written, the next batch is folded in memory and
 * the one after it read from the log (on a server these run on different connections). The states
 * folded are kept for the next batches (StateCache), so that only aggregates not touched lately are
 * read back from the read models. Each batch still commits with its checkpoint, in log order.
 */
export async function catchUp(options: RebuildOptions): Promise<{ events: number; position?: bigint }> {
  const { store, database, schema } = options;
  const batchSize = options.batchSize ?? DEFAULT_CATCH_UP_BATCH;
  const head = options.upTo ?? (await store.headPosition()) ?? 0n;
  // A sharded projection (a rebuild's, or one a crash stopped) starts from empty read models and
  // goes to the head by itself.
  if (await unfinishedShards(database, schema)) return finishShards({ ...options, batchSize, head });
  const readAfter = async (after: bigint | undefined) =>
    (after ?? 0n) >= head ? [] : (await store.readAll({ after, maxCount: batchSize })).filter((event) => event.position <= head);
  const cache = new StateCache(Math.max(CACHED_STATES, 4 * batchSize));
  const load = cache.loader((kind, ids) => loadStates(database, schema, kind, ids));

  let after = (await readCheckpoint(database, schema))?.position;
  let events = 0;
  let next = readAfter(after);
  let writing: Promise<FoldedBatch> | undefined;
  const committed = async () => {
    const batch = await writing;
    writing = undefined;
    if (!batch) return;
    after = batch.position;
    events += batch.events;
    options.onProgress?.({ position: after, head, events });
  };
  try {
    for (;;) {
      const batch = await next;
      if (batch.length === 0 || options.proceed?.() === false) break;
      next = readAfter(batch[batch.length - 1].position);
      // Settled here too, so that a failed read ahead is not unhandled when the projection fails first.
      next.catch(() => undefined);
      const folded = await foldBatch(batch, load);
      cache.remember(folded);
      await committed();
      cache.trim();
      writing = database.transaction(async (tx) => {
        await writeBatch(tx, schema, folded);
        return folded;
      });
      writing.catch(() => undefined);
    }
    await committed();
  } catch (error) {
    // Nothing of this catch-up may still be writing when the caller lets another projector in.
    await writing?.catch(() => undefined);
    throw error;
  }
  return { events, position: after };
}
