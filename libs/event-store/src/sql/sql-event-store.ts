import { DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import { validateAppend } from '../append-validation';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreKind,
  Subscription,
  SubscribeOptions,
  SubscriptionHandler,
} from '../event-store.port';
import { startPollingSubscription } from '../polling-subscription';
import { WakeSignal } from '../wake-signal';
import {
  assertSchemaName,
  expectedRevisionCodes,
  migrateEventStore,
  notificationChannel,
  WRONG_EXPECTED_REVISION_SQLSTATE,
} from './event-store-schema';
import { CommitNotifier } from './commit-notifier';
import { isPostgresError, type SqlClient } from './sql-client';

export interface SqlEventStoreOptions {
  readonly kind: Extract<StoreKind, 'pglite' | 'postgres'>;
  /** The schema holding the event log (default `ledger`). */
  readonly schema?: string;
  /** How often an idle subscription looks for news it was not notified of. */
  readonly idlePollMs?: number;
  /** False when the connection is shared (with the read models) and its owner closes it. */
  readonly closesClient?: boolean;
  /**
   * Appends that arrive while another is being written wait and are then committed together, in one
   * transaction (default true). False writes each append in a transaction of its own.
   */
  readonly groupCommits?: boolean;
}

/** An append waiting for the group it will be committed with. */
interface WaitingAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedRevision: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** A group holds at most this many events (an import may append hundreds in one append). */
const MAX_GROUP_EVENTS = 2000;

interface EventRow {
  position: string;
  stream_id: string;
  revision: string;
  event_id: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  /** Milliseconds since the epoch. */
  recorded_at: number;
}

// Columns are read as text because bigints overflow JS numbers; the table is aliased so that
// ORDER BY sorts the bigint columns, not these text output columns of the same name. The time is
// read as epoch milliseconds: parsing timestamp text cost a sixth of decoding a page of events.
const EVENT_COLUMNS = `e.position::text AS position, e.stream_id, e.revision::text AS revision,
  e.event_id::text AS event_id, e.event_type, e.data, e.metadata,
  floor(extract(epoch FROM e.recorded_at) * 1000)::float8 AS recorded_at`;
const UNIQUE_VIOLATION = '23505';
const DEFAULT_BATCH = 500;
/** An append with `any` that loses a race for a revision simply takes the next one. */
const ANY_REVISION_ATTEMPTS = 20;

/** The event log in one PostgreSQL table: on a PostgreSQL server, or embedded on PGlite. */
export class SqlEventStore implements EventStore {
  readonly kind: SqlEventStoreOptions['kind'];
  readonly rejectsEventIdsRecordedInOtherStreams = true;
  readonly rejectsEventIdsRecordedEarlierInTheStream = true;
  private readonly schema: string;
  private readonly news = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();
  private stopListening?: () => Promise<void>;
  /** Only a server has other processes to tell; PGlite's folder belongs to this one. */
  private readonly notifier?: CommitNotifier;
  private readonly waiting: WaitingAppend[] = [];
  private writing = false;

  private constructor(
    private readonly sql: SqlClient,
    private readonly options: SqlEventStoreOptions,
  ) {
    this.kind = options.kind;
    this.schema = assertSchemaName(options.schema ?? 'ledger');
    const channel = notificationChannel(this.schema);
    if (options.kind === 'postgres')
      this.notifier = new CommitNotifier((position) => sql.query('SELECT pg_notify($1, $2)', [channel, position.toString()]));
  }

  /** Connects, applies the schema's migrations and listens for appends by other processes. */
  static async open(sql: SqlClient, options: SqlEventStoreOptions): Promise<SqlEventStore> {
    const store = new SqlEventStore(sql, options);
    try {
      await migrateEventStore(sql, store.schema);
      store.stopListening = await sql.listen(notificationChannel(store.schema), () => store.news.wake());
    } catch (error) {
      if (options.closesClient !== false) await sql.close().catch(() => undefined);
      throw new StoreUnavailableError(`Cannot open the ${options.kind} event store: ${describe(error)}`, {
        cause: error,
      });
    }
    return store;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    validateAppend(streamId, events, expectedRevision);
    if (this.options.groupCommits === false) return this.appendAlone(streamId, events, expectedRevision);
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ streamId, events, expectedRevision, resolve, reject });
      if (!this.writing) void this.writeWaiting();
    });
  }

  /**
   * Writes what is waiting, one group at a time: an append that finds nothing being written goes at
   * once, alone; those that arrive meanwhile go together next, in one transaction.
   */
  private async writeWaiting(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        if (group.length === 1) {
          const [only] = group;
          await this.appendAlone(only.streamId, only.events, only.expectedRevision).then(only.resolve, only.reject);
        } else {
          await this.appendGroup(group);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private takeGroup(): WaitingAppend[] {
    let events = 0;
    let count = 0;
    while (count < this.waiting.length && (count === 0 || events + this.waiting[count].events.length <= MAX_GROUP_EVENTS)) {
      events += this.waiting[count].events.length;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  /**
   * One statement for the group. An append it found stale is refused with the stream's head, unless
   * its events were already recorded (a retry); one it could not write for another reason (a race
   * with another process, an event id already recorded) is tried again alone, which says exactly why
   * or finds it was a retry; so is every append of a group whose statement failed, since a failed
   * statement wrote nothing.
   */
  private async appendGroup(group: readonly WaitingAppend[]): Promise<void> {
    const events = group.flatMap((append) => append.events);
    let outcomes: { ordinal: number; outcome: string; last_revision: string | null; last_position: string | null; head: string | null }[];
    try {
      outcomes = await this.sql.query(
        `SELECT ordinal, outcome, last_revision, last_position, head FROM ${this.schema}.append_event_groups($1, $2, $3, $4, $5, $6, $7)`,
        [
          group.map((append) => append.streamId),
          group.map((append) => encodeExpected(append.expectedRevision).toString()),
          group.map((append) => append.events.length),
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata ?? {})),
        ],
      );
    } catch {
      outcomes = [];
    }
    const appended = outcomes.filter((row) => row.outcome === 'appended');
    if (appended.length > 0) {
      const last = appended.reduce((max, row) => (BigInt(row.last_position!) > max ? BigInt(row.last_position!) : max), 0n);
      this.news.wake();
      this.notifier?.committed(last);
    }
    const byOrdinal = new Map(outcomes.map((row) => [Number(row.ordinal), row]));
    group.forEach((append, index) => {
      const row = byOrdinal.get(index + 1);
      if (row?.outcome === 'appended') {
        append.resolve({
          streamId: append.streamId,
          nextExpectedRevision: BigInt(row.last_revision!),
          position: BigInt(row.last_position!),
          alreadyRecorded: false,
        });
      } else if (row?.outcome === 'wrong-expected-revision') {
        void this.refuseStale(append, row.head === null ? undefined : BigInt(row.head)).then(append.resolve, append.reject);
      } else {
        void this.appendAlone(append.streamId, append.events, append.expectedRevision).then(append.resolve, append.reject);
      }
    });
  }

  /** A stale append is refused with the head its group found, unless it was a retry of one already recorded. */
  private async refuseStale(append: WaitingAppend, head: bigint | undefined): Promise<AppendResult> {
    const retried = await this.findRetriedAppend(append.streamId, append.events, append.expectedRevision);
    if (retried) return retried;
    throw new WrongExpectedRevisionError(append.streamId, append.expectedRevision, head);
  }

  private async appendAlone(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        const [row] = await this.sql.query<{ last_revision: string; last_position: string }>(
          `SELECT last_revision, last_position FROM ${this.schema}.append_events($1, $2, $3, $4, $5, $6)`,
          [
            streamId,
            encodeExpected(expectedRevision).toString(),
            events.map((e) => e.id),
            events.map((e) => e.type),
            events.map((e) => JSON.stringify(e.data)),
            events.map((e) => JSON.stringify(e.metadata ?? {})),
          ],
        );
        const position = BigInt(row.last_position);
        this.news.wake();
        this.notifier?.committed(position);
        return { streamId, nextExpectedRevision: BigInt(row.last_revision), position, alreadyRecorded: false };
      } catch (error) {
        if (!isPostgresError(error)) throw error;
        const isRevisionRace = error.code === UNIQUE_VIOLATION && error.constraint === 'events_stream_revision_key';
        const isKnownConflict =
          error.code === WRONG_EXPECTED_REVISION_SQLSTATE ||
          isRevisionRace ||
          (error.code === UNIQUE_VIOLATION && error.constraint === 'events_event_id_key');
        if (!isKnownConflict) throw error;

        const retried = await this.findRetriedAppend(streamId, events, expectedRevision);
        if (retried) return retried;
        if (isRevisionRace && expectedRevision === 'any' && attempt < ANY_REVISION_ATTEMPTS) continue;
        throw new WrongExpectedRevisionError(streamId, expectedRevision, await this.streamHead(streamId));
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    const rows = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events e
       WHERE e.stream_id = $1 AND e.revision ${backwards ? '<=' : '>='} $2
       ORDER BY e.revision ${backwards ? 'DESC' : 'ASC'}
       LIMIT $3`,
      [streamId, from.toString(), options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Reads only events whose transactions are older than every transaction still running, so that
   * the result is always a prefix of the final log: nothing can later commit before its end.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events e
       WHERE e.position ${options.from !== undefined ? '>=' : '>'} $1 AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY e.position
       LIMIT $2`,
      [(startOf(options) ?? 0n).toString(), options.maxCount ?? DEFAULT_BATCH],
    );
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    const [row] = await this.sql.query<{ position: string | null }>(
      `SELECT max(position)::text AS position FROM ${this.schema}.events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
    );
    return row.position === null ? undefined : BigInt(row.position);
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    const subscription = startPollingSubscription((o) => this.readAll(o), this.news, handler, {
      after: options.after,
      batchSize: options.batchSize ?? DEFAULT_BATCH,
      pageSize: DEFAULT_BATCH,
      idleMs: this.options.idlePollMs ?? 1000,
      maxReadRetries: 5,
    });
    this.subscriptions.add(subscription);
    void subscription.finished.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.notifier?.settled();
    await this.stopListening?.().catch(() => undefined);
    if (this.options.closesClient !== false) await this.sql.close();
  }

  private async streamHead(streamId: string): Promise<bigint | undefined> {
    const [row] = await this.sql.query<{ revision: string | null }>(
      `SELECT max(revision)::text AS revision FROM ${this.schema}.events WHERE stream_id = $1`,
      [streamId],
    );
    return row.revision === null ? undefined : BigInt(row.revision);
  }

  /**
   * An append whose event ids are all already recorded, in order, in this stream where this append
   * would have put them is a retry: it succeeds without writing. Ids recorded anywhere else conflict.
   */
  private async findRetriedAppend(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | undefined> {
    const ids = events.map((e) => e.id.toLowerCase());
    const rows = await this.sql.query<{ event_id: string; stream_id: string; revision: string; position: string }>(
      `SELECT event_id::text, stream_id, revision::text, position::text FROM ${this.schema}.events
       WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    if (rows.length === 0) return undefined;
    const byId = new Map(rows.map((row) => [row.event_id, row]));
    const first = byId.get(ids[0]);
    const start = first && first.stream_id === streamId ? BigInt(first.revision) : undefined;
    const inPlace =
      start !== undefined &&
      rows.length === ids.length &&
      ids.every((id, i) => {
        const row = byId.get(id);
        return row?.stream_id === streamId && BigInt(row.revision) === start + BigInt(i);
      }) &&
      (expected === 'any' ||
        (expected === 'no_stream' && start === 0n) ||
        (expected === 'stream_exists' && start > 0n) ||
        (typeof expected === 'bigint' && expected + 1n === start));
    if (!inPlace) {
      const clash = byId.get(ids.find((id) => byId.has(id))!)!;
      throw new DuplicateEventIdError(clash.event_id, streamId, clash.stream_id, BigInt(clash.revision));
    }
    const last = byId.get(ids[ids.length - 1])!;
    return {
      streamId,
      nextExpectedRevision: BigInt(last.revision),
      position: BigInt(last.position),
      alreadyRecorded: true,
    };
  }
}

function encodeExpected(expected: ExpectedRevision): bigint {
  return typeof expected === 'bigint' ? expected : BigInt(expectedRevisionCodes[expected]);
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    recordedAt: new Date(row.recorded_at),
  };
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

function startOf(options: ReadAllOptions): GlobalPosition | undefined {
  if (options.from !== undefined && options.after !== undefined) throw new TypeError('readAll takes from or after, not both');
  return options.from ?? options.after;
}
