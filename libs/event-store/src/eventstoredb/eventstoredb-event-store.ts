import {
  ANY,
  BACKWARDS,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  NotLeaderError,
  START,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { validateAppend } from '../append-validation';
import { StoreUnavailableError, StreamDeletedConflictError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  JsonObject,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscribeOptions,
  SubscriptionHandler,
} from '../event-store.port';
import { startPollingSubscription } from '../polling-subscription';
import { WakeSignal } from '../wake-signal';

const DEFAULT_BATCH = 500;
/** Records read per page when looking back for the newest ledger event past system events. */
const HEAD_PAGE = 1000;

/** The calls of the client this adapter makes: the real client, or a fake of it in tests. */
export type EventStoreDbClientPort = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface EventStoreDbOptions {
  /** Pauses before resubscribing the live feed after it ended or failed: doubling from the first to the last. */
  readonly resubscribeMs?: { readonly first: number; readonly max: number };
}

/**
 * EventStoreDB, the production store. Global positions are $all commit positions, which for
 * events appended outside explicit transactions (the only kind this adapter writes) are unique
 * and grow with the log.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  readonly rejectsEventIdsRecordedInOtherStreams = false;
  readonly rejectsEventIdsRecordedEarlierInTheStream = false;
  private readonly news = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();
  private liveFeed?: { unsubscribe(): Promise<void> };
  private resubscribe?: NodeJS.Timeout;
  private resubscribeAttempts = 0;
  private closed = false;

  private constructor(
    private readonly client: EventStoreDbClientPort,
    private readonly options: EventStoreDbOptions = {},
  ) {}

  /** An adapter over a client already made (a fake of one, in tests); nothing is checked. */
  static withClient(client: EventStoreDbClientPort, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(client, options);
  }

  static async connect(connectionString: string): Promise<EventStoreDbEventStore> {
    let client: EventStoreDBClient;
    try {
      client = EventStoreDBClient.connectionString(connectionString);
    } catch (error) {
      throw new StoreUnavailableError(`Invalid EventStoreDB connection string: ${messageOf(error)}`);
    }
    const store = new EventStoreDbEventStore(client);
    try {
      await store.ping();
    } catch (error) {
      await client.dispose().catch(() => undefined);
      throw new StoreUnavailableError(`Cannot reach EventStoreDB: ${messageOf(error)}`, { cause: error });
    }
    return store;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    validateAppend(streamId, events, expectedRevision);
    try {
      // The server answers a retried append as it answered the first, at the first's position, which
      // is then no later than the end of the log before this append; a new append lands after it.
      const logEnd = await this.logEnd();
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata ?? {} })),
        { expectedRevision: toEsdbExpected(expectedRevision) },
      );
      this.news.wake();
      return {
        streamId,
        nextExpectedRevision: result.nextExpectedRevision,
        position: result.position?.commit ?? 0n,
        alreadyRecorded: result.position === undefined ? undefined : logEnd !== undefined && result.position.commit <= logEnd,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevisionError(streamId, expectedRevision, typeof actual === 'bigint' ? actual : undefined);
      }
      if (error instanceof StreamDeletedError) throw new StreamDeletedConflictError(streamId);
      throw portError(error);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      })) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      // A deleted stream reads as one that does not exist, as on the SQL stores.
      if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
      throw portError(error);
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    if (options.from !== undefined && options.after !== undefined) throw new TypeError('readAll takes from or after, not both');
    const wanted = options.maxCount ?? DEFAULT_BATCH;
    const events: RecordedEvent[] = [];
    // Positions are byte offsets: a read starts at a real one, and the first page skips the start
    // itself when it is exclusive (after), never reading from a computed position.
    let from = options.from ?? options.after;
    let inclusive = options.from !== undefined;
    // System events ($-prefixed) are not the ledger's; skip whole pages of them if need be.
    try {
      while (events.length < wanted) {
        const pageSize = wanted - events.length + 1;
        let read = 0;
        let last: GlobalPosition | undefined;
        for await (const resolved of this.client.readAll({
          direction: FORWARDS,
          fromPosition: from === undefined ? START : { commit: from, prepare: from },
          maxCount: pageSize,
        })) {
          read += 1;
          const position = resolved.event?.position?.commit;
          if (position === undefined || (from !== undefined && (inclusive ? position < from : position <= from))) continue;
          last = position;
          const event = toRecordedEvent(resolved);
          if (event && events.length < wanted) events.push(event);
        }
        if (read < pageSize || last === undefined) break;
        from = last;
        inclusive = false;
      }
    } catch (error) {
      throw portError(error);
    }
    return events;
  }

  /** The newest ledger event's position, looking back page by page past system events to the start. */
  async headPosition(): Promise<GlobalPosition | undefined> {
    let before: GlobalPosition | undefined;
    try {
      for (;;) {
        const read = this.client.readAll({
          direction: BACKWARDS,
          fromPosition: before === undefined ? END : { commit: before, prepare: before },
          maxCount: HEAD_PAGE,
        });
        let seen = 0;
        let oldest: GlobalPosition | undefined;
        try {
          for await (const resolved of read) {
            seen += 1;
            const position = resolved.event?.position?.commit;
            if (position === undefined || (before !== undefined && position >= before)) continue;
            oldest = position;
            const event = toRecordedEvent(resolved);
            if (event) return event.position;
          }
        } finally {
          // Leaving the loop early leaves the gRPC call open unless it is cancelled.
          await read.cancel().catch(() => undefined);
        }
        if (seen < HEAD_PAGE || oldest === undefined) return undefined;
        before = oldest;
      }
    } catch (error) {
      throw portError(error);
    }
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    this.ensureLiveFeed();
    const subscription = startPollingSubscription((o) => this.readAll(o), this.news, handler, {
      after: options.after,
      batchSize: options.batchSize ?? DEFAULT_BATCH,
      idleMs: 1000,
      maxReadRetries: 5,
    });
    this.subscriptions.add(subscription);
    void subscription.finished.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  /** The position of the last record of $all, system records included; undefined for an empty log. */
  private async logEnd(): Promise<GlobalPosition | undefined> {
    let end: GlobalPosition | undefined;
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
      end = resolved.event?.position?.commit ?? end;
    }
    return end;
  }

  async ping(): Promise<void> {
    try {
      // Read to its end (one record), so the call completes rather than being left open.
      for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
        // nothing to do with it
      }
    } catch (error) {
      throw portError(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.resubscribe);
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.liveFeed?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  /**
   * Subscribers read $all in pages, as on the SQL stores; a live subscription from the end of the
   * log only tells them, without delay, that there is something new to read. When it fails or ends,
   * it is made again after a pause that doubles up to a limit, so no instance is left polling.
   */
  private ensureLiveFeed(): void {
    if (this.liveFeed || this.closed || this.resubscribe) return;
    const feed = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    let ended = false;
    const lost = () => {
      if (ended) return;
      ended = true;
      if (this.liveFeed === feed) this.liveFeed = undefined;
      void feed.unsubscribe().catch(() => undefined);
      this.scheduleResubscribe();
    };
    feed.on('data', () => {
      this.resubscribeAttempts = 0;
      this.news.wake();
    });
    feed.on('error', lost);
    feed.on('end', lost);
    feed.on('close', lost);
    this.liveFeed = feed;
  }

  private scheduleResubscribe(): void {
    if (this.closed || this.resubscribe) return;
    const { first, max } = this.options.resubscribeMs ?? { first: 500, max: 30_000 };
    const pauseMs = Math.min(max, first * 2 ** this.resubscribeAttempts);
    this.resubscribeAttempts += 1;
    this.resubscribe = setTimeout(() => {
      this.resubscribe = undefined;
      // Events may have come while there was no feed: wake the readers to look.
      this.news.wake();
      this.ensureLiveFeed();
    }, pauseMs);
    this.resubscribe.unref?.();
  }
}

/** The client's errors as the port's: an unreachable or leaderless server, or one too slow, is unavailable. */
function portError(error: unknown): unknown {
  if (
    error instanceof UnavailableError ||
    error instanceof NotLeaderError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError
  ) {
    return new StoreUnavailableError(`EventStoreDB is unavailable: ${messageOf(error)}`, { cause: error });
  }
  return error;
}

function toEsdbExpected(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return expected;
}

function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || event.streamId.startsWith('$')) {
    return undefined;
  }
  return {
    id: event.id,
    type: event.type,
    data: event.data as JsonObject,
    metadata: (event.metadata ?? {}) as JsonObject,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position?.commit ?? -1n,
    recordedAt: event.created,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
