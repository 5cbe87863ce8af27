import type { EventStore, RecordedEvent, SqlClient, SqlExecutor } from '@ledger/event-store';
import { loadStates } from './aggregate-documents';
import { type FoldedBatch, foldBatch, writeBatch } from './project-batch';
import { StateCache } from './state-cache';

/**
 * Every row of the read models belongs to one record (one stream of the log): a body's versions,
 * a meeting's decisions, passages and mentions, a record's recorded times. Projected by shards of
 * streams, no two shards ever write the same row, so each can fold and write on a connection of its
 * own while the others do the same.
 */
export function shardOf(streamId: string, shards: number): number {
  // FNV-1a: cheap, and spreads similar ids (meeting-…-2019-06-14, …-2019-09-13) evenly.
  let hash = 0x811c9dc5;
  for (let i = 0; i < streamId.length; i++) {
    hash ^= streamId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

export interface ShardedCatchUpOptions {
  readonly store: EventStore;
  readonly database: SqlClient;
  readonly schema: string;
  readonly batchSize: number;
  readonly head: bigint;
  readonly onProgress?: (progress: { position: bigint; head: bigint; events: number }) => void;
  /** Asked before each page; once false, the shards stop with what they have committed. */
  readonly proceed?: () => boolean;
}

interface ShardProgress {
  readonly shard: number;
  /** The last event the shard has written; undefined before its first. */
  position: bigint | undefined;
  events: number;
}

const CACHED_STATES_PER_SHARD = 25_000;

/**
 * Starts a sharded projection of read models that hold nothing yet: one checkpoint per shard, kept
 * in the schema until every shard has reached the head, so that a projection stopped half way (a
 * crash, a kill) is finished by the next catch-up shard by shard, each from its own checkpoint.
 */
export async function startShards(database: SqlClient, schema: string, shards: number): Promise<void> {
  await database.transaction(async (tx) => {
    await tx.exec(
      `CREATE TABLE ${schema}.projection_shards (
         shard integer PRIMARY KEY, shards integer NOT NULL, position bigint, events_applied bigint NOT NULL DEFAULT 0)`,
    );
    await tx.query(`INSERT INTO ${schema}.projection_shards (shard, shards) SELECT s, $1 FROM generate_series(0, $1 - 1) AS s`, [shards]);
  });
}

/** The shards of a sharded projection not yet finished, if the schema holds one. */
export async function unfinishedShards(sql: SqlExecutor, schema: string): Promise<ShardProgress[] | undefined> {
  const [table] = await sql.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [`${schema}.projection_shards`]);
  if (!table?.found) return undefined;
  const rows = await sql.query<{ shard: number; position: string | null; events_applied: string }>(
    `SELECT shard, position::text AS position, events_applied::text AS events_applied FROM ${schema}.projection_shards ORDER BY shard`,
  );
  return rows.map((row) => ({
    shard: row.shard,
    position: row.position === null ? undefined : BigInt(row.position),
    events: Number(row.events_applied),
  }));
}

export async function writeShardCheckpoint(sql: SqlExecutor, schema: string, shard: number, batch: FoldedBatch): Promise<void> {
  await sql.query(`UPDATE ${schema}.projection_shards SET position = $2, events_applied = events_applied + $3 WHERE shard = $1`, [
    shard,
    batch.position.toString(),
    batch.events,
  ]);
}

/**
 * Projects every shard of an unfinished sharded projection up to `head`. One reader reads the log
 * once and hands each shard the events of its streams; each shard folds its part (states kept in a
 * cache of its own) and writes it in its own transaction, with its own checkpoint, while the next
 * part is folded: the shards' writes run side by side on the server. Once all have reached the
 * head, one transaction sets the read models' checkpoint there and drops the shards' checkpoints.
 */
export async function finishShards(options: ShardedCatchUpOptions): Promise<{ events: number; position?: bigint; finished: boolean }> {
  const { store, database, schema, batchSize, head } = options;
  const shards = (await unfinishedShards(database, schema)) ?? [];
  if (shards.length === 0) throw new Error(`no sharded projection to finish in "${schema}"`);
  const pipelines = shards.map((progress) => new ShardPipeline(progress, database, schema, batchSize));
  const eventsOf = () => pipelines.reduce((sum, pipeline) => sum + pipeline.progress.events, 0);
  const eventsAtStart = eventsOf();
  const positions = shards.map((shard) => shard.position);
  // The log is read from the shard furthest behind; one that has never written reads it from the start.
  let after = positions.includes(undefined) ? undefined : positions.reduce((min, p) => (p! < min! ? p : min));
  const readAfter = async (from: bigint | undefined) =>
    (from ?? 0n) >= head ? [] : (await store.readAll({ after: from, maxCount: batchSize })).filter((e) => e.position <= head);

  let finished = false;
  let next = readAfter(after);
  try {
    for (;;) {
      const page = await next;
      if (page.length === 0) {
        finished = true;
        break;
      }
      if (options.proceed?.() === false) break;
      after = page[page.length - 1].position;
      next = readAfter(after);
      next.catch(() => undefined);
      const parts: RecordedEvent[][] = pipelines.map(() => []);
      for (const event of page) parts[shardOf(event.streamId, pipelines.length)].push(event);
      for (const pipeline of pipelines) await pipeline.fold(parts[pipeline.shard]);
      options.onProgress?.({ position: after, head, events: eventsOf() - eventsAtStart });
    }
    for (const pipeline of pipelines) await pipeline.drain();
  } catch (error) {
    // Nothing of this projection may still be writing when the caller lets another projector in.
    await Promise.all(pipelines.map((pipeline) => pipeline.drain().catch(() => undefined)));
    throw error;
  }
  const events = eventsOf();
  if (!finished) return { events: events - eventsAtStart, finished };
  const reached = pipelines
    .map((pipeline) => pipeline.progress.position)
    .reduce<bigint | undefined>((max, p) => (p !== undefined && (max === undefined || p > max) ? p : max), undefined);
  await database.transaction(async (tx) => {
    if (reached !== undefined) {
      await tx.query(
        `INSERT INTO ${schema}.projection_checkpoint (id, position, events_applied) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, events_applied = excluded.events_applied, updated_at = now()`,
        [reached.toString(), events],
      );
    }
    await tx.exec(`DROP TABLE ${schema}.projection_shards`);
  });
  return { events: events - eventsAtStart, position: reached, finished };
}

/** One shard's fold-then-write pipeline: its next part is folded while its last part is written. */
class ShardPipeline {
  private readonly cache: StateCache;
  private readonly load;
  private writing?: Promise<void>;

  constructor(
    readonly progress: ShardProgress,
    private readonly database: SqlClient,
    private readonly schema: string,
    batchSize: number,
  ) {
    this.cache = new StateCache(Math.max(CACHED_STATES_PER_SHARD, 4 * batchSize));
    this.load = this.cache.loader((kind, ids) => loadStates(database, schema, kind, ids));
  }

  get shard(): number {
    return this.progress.shard;
  }

  async fold(events: readonly RecordedEvent[]): Promise<void> {
    // A shard resumed from its own checkpoint skips what it had written before the others.
    const written = this.progress.position;
    const fresh = written === undefined ? events : events.filter((event) => event.position > written);
    if (fresh.length === 0) return;
    const folded = await foldBatch(fresh, this.load);
    this.cache.remember(folded);
    await this.drain();
    this.cache.trim();
    this.writing = this.database
      .transaction((tx) => writeBatch(tx, this.schema, folded, (sql) => writeShardCheckpoint(sql, this.schema, this.shard, folded)))
      .then(() => {
        this.progress.position = folded.position;
        this.progress.events += folded.events;
      });
    this.writing.catch(() => undefined);
  }

  async drain(): Promise<void> {
    const writing = this.writing;
    this.writing = undefined;
    await writing;
  }
}
