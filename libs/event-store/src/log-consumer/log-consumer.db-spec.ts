import { randomUUID } from 'node:crypto';
import type { EventStore, GlobalPosition, RecordedEvent, SubscriptionHandler, SubscribeOptions } from '../event-store.port';
import { openEventStore } from '../open-event-store';
import { LogConsumer, type LogProcessor } from './log-consumer';

const quiet = { warn: () => undefined, error: () => undefined };

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Where the log stood when the test began: the store is shared by the tests of this file. */
let testStart: GlobalPosition | undefined;

/** A processor that records what it is given and keeps its checkpoint in memory, as a table would. */
function recorder(
  name: string,
  options: { failOn?: (event: RecordedEvent) => boolean; startAfter?: () => GlobalPosition | undefined } = {},
) {
  const seen: number[] = [];
  let checkpoint: GlobalPosition | undefined = options.startAfter ? options.startAfter() : testStart;
  const processor: LogProcessor & { seen: number[]; checkpoint(): GlobalPosition | undefined } = {
    name,
    seen,
    checkpoint: () => checkpoint,
    resumeAfter: async () => checkpoint,
    async handle(events) {
      for (const event of events) {
        if (options.failOn?.(event)) throw new Error(`${name} cannot handle event ${String(event.data.n)}`);
        seen.push(event.data.n as number);
      }
      checkpoint = events[events.length - 1].position;
    },
  };
  return processor;
}

describe('LogConsumer: one reading of the log feeds every processor', () => {
  let store: EventStore;
  let subscriptions: number;
  let consumer: LogConsumer;
  let next = 0;

  const append = async (count: number) => {
    for (let i = 0; i < count; i++) {
      await store.appendToStream(`log-consumer-${randomUUID()}`, [{ id: randomUUID(), type: 'Counted', data: { n: next++ } }], 'no_stream');
    }
  };
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

  let real: EventStore;
  beforeAll(async () => {
    real = await openEventStore({ kind: 'pglite' });
    // Counts the readings of the log the consumer starts.
    store = new Proxy(real, {
      get(target, property) {
        if (property === 'subscribeToAll') {
          return (handler: SubscriptionHandler, options?: SubscribeOptions) => {
            subscriptions += 1;
            return target.subscribeToAll(handler, options);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  });

  beforeEach(async () => {
    next = 0;
    subscriptions = 0;
    testStart = await real.headPosition();
    consumer = new LogConsumer({ store, logger: quiet, batchSize: 3, retryDelayMs: 10 });
  });

  afterEach(() => consumer.stop());
  afterAll(() => real.close());

  it('given three processors attached at the start, hands each every event once, in order, from one reading', async () => {
    const processors = [recorder('projections'), recorder('effects'), recorder('live')];
    for (const processor of processors) await consumer.attach(processor);
    await append(10);
    await waitUntil(() => processors.every((p) => p.seen.length === 10), 'every processor has 10 events');
    for (const processor of processors) expect(processor.seen).toEqual(upTo(10));
    expect(subscriptions).toBe(1);
  });

  it('given one processor that fails on an event, the others go on and it resumes from its own checkpoint', async () => {
    let failuresLeft = 2;
    const healthy = recorder('projections');
    const failing = recorder('effects', { failOn: (event) => event.data.n === 4 && failuresLeft-- > 0 });
    // Recorded first, so that the batches are 0-2, 3-5, 6-7.
    await append(8);
    await consumer.attach(healthy);
    const attachment = await consumer.attach(failing);
    await waitUntil(() => healthy.seen.length === 8, 'the healthy processor has every event');
    await waitUntil(() => failing.seen.length === 10, 'the failing processor has resumed and caught up');
    expect(healthy.seen).toEqual(upTo(8));
    // Its batch (3, 4, 5) failed twice at 4 after handling 3, and was handed again each time from its checkpoint (after 2).
    expect(failing.seen).toEqual([0, 1, 2, 3, 3, 3, 4, 5, 6, 7]);
    expect(attachment.status).toMatchObject({ name: 'effects', state: 'running', failures: 0, position: failing.checkpoint() });
  });

  it('given a processor that stays failed, reports it with its error while the others carry on', async () => {
    const healthy = recorder('projections');
    const broken = recorder('effects', { failOn: (event) => event.data.n === 1 });
    await consumer.attach(healthy);
    await consumer.attach(broken);
    await append(6);
    await waitUntil(() => healthy.seen.length === 6, 'the healthy processor has every event');
    await waitUntil(() => (consumer.status().find((s) => s.name === 'effects')?.failures ?? 0) >= 2, 'the broken one has failed twice');
    const status = consumer.status().find((s) => s.name === 'effects');
    expect(status).toMatchObject({ lastError: 'effects cannot handle event 1' });
    expect(broken.seen).toEqual(expect.arrayContaining([0]));
    expect(broken.seen).not.toContain(1);
  });

  it('given a processor attached later from an earlier position, reads again for it and hands nothing twice to the others', async () => {
    const early = recorder('projections');
    await consumer.attach(early);
    await append(5);
    await waitUntil(() => early.seen.length === 5, 'the first processor has 5 events');
    const late = recorder('effects');
    await consumer.attach(late);
    await append(2);
    await waitUntil(() => late.seen.length === 7 && early.seen.length === 7, 'both have 7 events');
    expect(early.seen).toEqual(upTo(7));
    expect(late.seen).toEqual(upTo(7));
  });

  it('given a processor that resumes after the head, hands it only what is appended later', async () => {
    await append(3);
    const head = await store.headPosition();
    const live = recorder('live', { startAfter: () => head });
    await consumer.attach(live);
    await append(2);
    await waitUntil(() => live.seen.length === 2, 'the live processor has the 2 new events');
    expect(live.seen).toEqual([3, 4]);
  });

  it('given a slow processor, the others are not held back while its queue has room', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fast = recorder('live');
    const slow: LogProcessor & { seen: number[] } = {
      name: 'effects',
      seen: [],
      resumeAfter: async () => testStart,
      async handle(events) {
        await gate;
        this.seen.push(...events.map((event) => event.data.n as number));
      },
    };
    await append(9); // recorded first: three batches of three, within the slow one's queue
    await consumer.attach(fast);
    await consumer.attach(slow);
    try {
      await waitUntil(() => fast.seen.length === 9, 'the fast processor has every event');
      expect(slow.seen).toEqual([]);
    } finally {
      release();
    }
    await waitUntil(() => slow.seen.length === 9, 'the slow processor has every event');
    expect(slow.seen).toEqual(upTo(9));
  });

  it('given a detached processor, hands it nothing more, and stops reading when none is left', async () => {
    const processor = recorder('live');
    const attachment = await consumer.attach(processor);
    await append(2);
    await waitUntil(() => processor.seen.length === 2, 'it has 2 events');
    await attachment.detach();
    await append(2);
    const other = recorder('projections');
    await consumer.attach(other);
    await waitUntil(() => other.seen.length === 4, 'a processor attached later has all 4');
    expect(processor.seen).toEqual([0, 1]);
    expect(attachment.status.state).toBe('detached');
    expect(subscriptions).toBe(2);
  });
});
