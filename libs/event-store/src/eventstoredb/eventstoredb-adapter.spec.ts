import { EventEmitter } from 'node:events';
import { BACKWARDS, StreamDeletedError, UnavailableError } from '@eventstore/db-client';
import { StoreUnavailableError, StreamDeletedConflictError } from '../errors';
import { EventStoreDbEventStore, type EventStoreDbClientPort } from './eventstoredb-event-store';

/**
 * The adapter against a fake of the client: what it asks the client for, and what it does with the
 * answers, checked without a server. Records sit at byte offsets, as EventStoreDB's do.
 */
interface FakeRecord {
  readonly position: bigint;
  readonly system: boolean;
}

type ReadOptions = { direction?: unknown; fromPosition?: unknown; maxCount?: number };

class FakeRead {
  cancelled = false;
  completed = false;
  constructor(private readonly records: readonly FakeRecord[]) {}

  async cancel(): Promise<void> {
    this.cancelled = true;
  }

  async *[Symbol.asyncIterator]() {
    for (const record of this.records) {
      yield {
        event: {
          id: `00000000-0000-4000-8000-${record.position.toString().padStart(12, '0')}`,
          type: record.system ? '$statsCollected' : 'Noted',
          streamId: record.system ? '$stats-127.0.0.1:2113' : 'meeting-fake',
          revision: 0n,
          isJson: true,
          data: {},
          metadata: {},
          created: new Date(0),
          position: { commit: record.position, prepare: record.position },
        },
      };
    }
    this.completed = true;
  }
}

class FakeClient {
  readonly reads: { options: ReadOptions; read: FakeRead }[] = [];
  readonly feeds: (EventEmitter & { unsubscribe(): Promise<void>; options: unknown })[] = [];
  appendError?: Error;
  appended?: { nextExpectedRevision: bigint; position: { commit: bigint; prepare: bigint } };

  constructor(readonly log: readonly FakeRecord[]) {}

  readAll(options: ReadOptions) {
    const from = options.fromPosition as { commit: bigint } | symbol | undefined;
    const backwards = options.direction === BACKWARDS;
    const start = typeof from === 'object' ? from.commit : undefined;
    // As the server: forwards from a position includes it; backwards from one returns what is before it.
    const ordered = backwards ? [...this.log].reverse() : [...this.log];
    const inRange = ordered.filter((record) => start === undefined || (backwards ? record.position < start : record.position >= start));
    const read = new FakeRead(inRange.slice(0, options.maxCount ?? inRange.length));
    this.reads.push({ options, read });
    return read;
  }

  subscribeToAll(options: unknown) {
    const feed = Object.assign(new EventEmitter(), { options, unsubscribe: async () => undefined });
    this.feeds.push(feed);
    return feed;
  }

  async appendToStream() {
    if (this.appendError) throw this.appendError;
    return { success: true, ...this.appended! };
  }

  readStream() {
    return new FakeRead([]);
  }

  async dispose() {}
}

const storeOver = (client: FakeClient) =>
  EventStoreDbEventStore.withClient(client as unknown as EventStoreDbClientPort, { resubscribeMs: { first: 5, max: 20 } });
const ledger = (...positions: number[]) => positions.map((position) => ({ position: BigInt(position), system: false }));
const system = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => ({ position: BigInt(from + index * 10), system: true }));

describe('the EventStoreDB adapter, against a fake of the client', () => {
  it('reads from a real position, inclusive or exclusive, never from one computed by arithmetic', async () => {
    const client = new FakeClient(ledger(100, 250, 400));
    const store = storeOver(client);
    expect((await store.readAll({ from: 250n })).map((event) => event.position)).toEqual([250n, 400n]);
    expect((await store.readAll({ after: 250n })).map((event) => event.position)).toEqual([400n]);
    const asked = client.reads.map(({ options }) => (options.fromPosition as { commit: bigint }).commit);
    expect(asked).toEqual([250n, 250n]);
  });

  it('cancels the read it leaves early when finding the head', async () => {
    const client = new FakeClient(ledger(100, 250, 400));
    expect(await storeOver(client).headPosition()).toBe(400n);
    expect(client.reads).toHaveLength(1);
    expect(client.reads[0]!.read.cancelled).toBe(true);
  });

  it('finds the head behind more than a page of system events, and none in a log of system events only', async () => {
    const behind = new FakeClient([...ledger(50, 60), ...system(1000, 2500)]);
    expect(await storeOver(behind).headPosition()).toBe(60n);
    expect(behind.reads.length).toBeGreaterThan(2);
    expect(await storeOver(new FakeClient(system(1000, 1500))).headPosition()).toBeUndefined();
  });

  it('reads a ping to its end, leaving no call open', async () => {
    const client = new FakeClient(ledger(100, 250));
    await storeOver(client).ping();
    expect(client.reads[0]!.options.maxCount).toBe(1);
    expect(client.reads[0]!.read.completed).toBe(true);
  });

  it('makes the live feed again, without system events, after it fails or ends', async () => {
    const client = new FakeClient([]);
    const store = storeOver(client);
    const subscription = store.subscribeToAll({ onEvents: () => undefined });
    expect(client.feeds).toHaveLength(1);
    expect(client.feeds[0]!.options).toEqual(expect.objectContaining({ filter: expect.anything() }));
    client.feeds[0]!.emit('error', new Error('connection reset'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(client.feeds).toHaveLength(2);
    client.feeds[1]!.emit('end');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(client.feeds).toHaveLength(3);
    await subscription.stop();
    await store.close();
  });

  it("tells a retried append, answered at the first write's position, from a new one", async () => {
    const client = new FakeClient(ledger(100, 250, 400));
    const store = storeOver(client);
    const event = { id: '00000000-0000-4000-8000-000000000001', type: 'Noted', data: {} };
    client.appended = { nextExpectedRevision: 1n, position: { commit: 550n, prepare: 550n } };
    expect((await store.appendToStream('meeting-fake', [event], 0n)).alreadyRecorded).toBe(false);
    client.appended = { nextExpectedRevision: 1n, position: { commit: 250n, prepare: 250n } };
    expect((await store.appendToStream('meeting-fake', [event], 0n)).alreadyRecorded).toBe(true);
  });

  it('says the store is unavailable when the server is, and that a deleted stream takes no events', async () => {
    const client = new FakeClient([]);
    const store = storeOver(client);
    const event = { id: '00000000-0000-4000-8000-000000000001', type: 'Noted', data: {} };
    client.appendError = new UnavailableError();
    await expect(store.appendToStream('meeting-fake', [event])).rejects.toThrow(StoreUnavailableError);
    client.appendError = new StreamDeletedError(undefined, 'meeting-fake');
    await expect(store.appendToStream('meeting-fake', [event])).rejects.toThrow(StreamDeletedConflictError);
  });
});
