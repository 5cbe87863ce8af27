import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { validateAppend } from '../append-validation';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
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

/**
 * EventStoreDB, the production store. Global positions are $all commit positions, which for
 * events appended outside explicit transactions (the only kind this adapter writes) are unique
 * and grow with the log.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  readonly rejectsEventIdsRecordedInOtherStreams = false;
  private readonly news = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();
  private liveFeed?: { unsubscribe(): Promise<void> };

  private constructor(private readonly client: EventStoreDBClient) {}

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
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) =>
          jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata ?? {} }),
        ),
        { expectedRevision: toEsdbExpected(expectedRevision) },
      );
      this.news.wake();
      return {
        streamId,
        nextExpectedRevision: result.nextExpectedRevision,
        position: result.position?.commit ?? 0n,
        // EventStoreDB acknowledges an idempotent retry like a first write and does not say which.
        alreadyRecorded: undefined,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevisionError(
          streamId,
          expectedRevision,
          typeof actual === 'bigint' ? actual : undefined,
        );
      }
      throw error;
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
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const wanted = options.maxCount ?? DEFAULT_BATCH;
    const events: RecordedEvent[] = [];
    let from = options.after;
    // System events ($-prefixed) are not the ledger's; skip whole pages of them if need be.
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
        if (position === undefined || (from !== undefined && position <= from)) continue;
        last = position;
        const event = toRecordedEvent(resolved);
        if (event && events.length < wanted) events.push(event);
      }
      if (read < pageSize || last === undefined) break;
      from = last;
    }
    return events;
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1000 })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.position;
    }
    return undefined;
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

  async ping(): Promise<void> {
    for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
      break;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.liveFeed?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  /**
   * Subscribers read $all in pages, as on the SQL stores; a live subscription from the end of the
   * log only tells them, without delay, that there is something new to read.
   */
  private ensureLiveFeed(): void {
    if (this.liveFeed) return;
    const feed = this.client.subscribeToAll({ fromPosition: END });
    feed.on('data', () => this.news.wake());
    feed.on('error', () => {
      this.liveFeed = undefined;
    });
    this.liveFeed = feed;
  }
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
