/**
 * The event store port. Every adapter (PostgreSQL, PGlite, EventStoreDB) honours the same contract,
 * checked by the shared suite in `testing/event-store.contract.ts`.
 *
 * Revisions count a stream's events from 0. Global positions order the whole log; they only grow,
 * but need not be contiguous (a rolled-back append leaves a hole).
 */
export type StreamRevision = bigint;
export type GlobalPosition = bigint;

/** What the caller expects the stream's last revision to be when its append lands. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | StreamRevision;

export type JsonObject = { [key: string]: unknown };

export interface EventToAppend {
  /** A UUID. Appending the same ids again at the same place is a no-op, elsewhere a conflict. */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata?: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly streamId: string;
  readonly revision: StreamRevision;
  readonly position: GlobalPosition;
  /** Transaction time: when the store committed the event. */
  readonly recordedAt: Date;
}

export interface AppendResult {
  readonly streamId: string;
  /** Revision of the last event now in the stream (pass it as the next expected revision). */
  readonly nextExpectedRevision: StreamRevision;
  /** Global position of the last event of this append. */
  readonly position: GlobalPosition;
  /**
   * True when every event was already there: an idempotent retry that wrote nothing. (EventStoreDB
   * answers a retry like a first write, at the first write's position: the adapter compares that with
   * the end of the log read before appending.) Undefined where the store cannot tell.
   */
  readonly alreadyRecorded: boolean | undefined;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the first revision forwards and the last one backwards. */
  readonly fromRevision?: StreamRevision;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: read events after this position. Omit to start at the beginning of the log. */
  readonly after?: GlobalPosition;
  /**
   * Inclusive: read events from this position on (not with `after`). Positions are the store's own
   * (on EventStoreDB, byte offsets of records): never compute one, such as `P - 1`; pass a real one.
   */
  readonly from?: GlobalPosition;
  readonly maxCount?: number;
}

export interface SubscriptionHandler {
  /** Called with events in log order; the next batch waits until the returned promise settles. */
  onEvents(events: readonly RecordedEvent[]): Promise<void> | void;
  /** Called each time the subscription has delivered everything committed so far. */
  onCaughtUp?(position: GlobalPosition | undefined): void;
  /** Called when the subscription stops because of an error (the handler's own included). */
  onError?(error: unknown): void;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events after this position. Omit to start at the beginning of the log. */
  readonly after?: GlobalPosition;
  readonly batchSize?: number;
}

export interface Subscription {
  /** Stops delivery; resolves once no handler call is running. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolved on stop, rejected on error. */
  readonly finished: Promise<void>;
}

export type StoreKind = 'pglite' | 'postgres' | 'eventstoredb';

export interface EventStore {
  readonly kind: StoreKind;
  /**
   * Whether an event id recorded in one stream is refused in every other stream. The SQL stores
   * enforce it; EventStoreDB checks ids only against the stream being appended to.
   */
  readonly rejectsEventIdsRecordedInOtherStreams: boolean;
  /**
   * Whether ids already recorded in a stream are refused when appended again at its current
   * revision. The SQL stores refuse them anywhere. EventStoreDB recognises a retried append only when
   * its expected revision is behind the stream (it answers as the first append did); at the current
   * revision it writes the events again, and with `any` its memory of ids is a bounded cache lost on
   * restart. Idempotency is guaranteed on every store only for appends with an exact expected
   * revision, which is how the write side appends.
   */
  readonly rejectsEventIdsRecordedEarlierInTheStream: boolean;
  appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision?: ExpectedRevision): Promise<AppendResult>;
  /** Returns [] for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The position of the last event a reader of the global log can see, or undefined when empty. */
  headPosition(): Promise<GlobalPosition | undefined>;
  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Dependency-injection token for the configured store. */
export const EVENT_STORE = Symbol('EVENT_STORE');
