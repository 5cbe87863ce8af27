import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, EventStoreConflictError, InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import type { EventStore, EventToAppend, GlobalPosition, RecordedEvent } from '../event-store.port';

export interface ContractBackend {
  /** A name for the test titles, e.g. "PGlite". */
  readonly name: string;
  open(): Promise<EventStore>;
  /**
   * Starts an append in a transaction that stays open until `commit` is called, for the late-commit
   * test. Backends where a later append cannot commit before an earlier one say why instead.
   */
  beginSlowAppend?(store: EventStore, streamId: string, events: readonly EventToAppend[]): Promise<{ commit(): Promise<void> }>;
  readonly lateCommitImpossibleBecause?: string;
}

export const newEvent = (type = 'SomethingHappened', data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data: { ...data },
  metadata: { correlationId: randomUUID() },
});

const events = (count: number, type?: string) => Array.from({ length: count }, (_, i) => newEvent(type, { n: i }));

/** Collects what a subscription delivers, and lets a test wait for a condition on it. */
export class Collector {
  readonly received: RecordedEvent[] = [];
  caughtUp = 0;
  private listeners = new Set<() => void>();

  readonly handler = {
    onEvents: (batch: readonly RecordedEvent[]) => {
      this.received.push(...batch);
      this.notify();
    },
    onCaughtUp: () => {
      this.caughtUp += 1;
      this.notify();
    },
  };

  of(streamIds: ReadonlySet<string> | string): RecordedEvent[] {
    const wanted = typeof streamIds === 'string' ? new Set([streamIds]) : streamIds;
    return this.received.filter((e) => wanted.has(e.streamId));
  }

  async until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 50);
        this.listeners.add(done);
        function done() {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  }

  private notify() {
    const listeners = this.listeners;
    this.listeners = new Set();
    listeners.forEach((l) => l());
  }
}

function expectStrictlyIncreasing(positions: readonly GlobalPosition[]) {
  for (let i = 1; i < positions.length; i++) {
    if (!(positions[i] > positions[i - 1])) {
      throw new Error(`Position ${positions[i]} at index ${i} does not follow ${positions[i - 1]}`);
    }
  }
}

async function expectRejection<E extends Error>(promise: Promise<unknown>, type: abstract new (...a: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`Expected a ${type.name}, but the call succeeded`);
}

/**
 * The behaviour every event store adapter must show. Streams are named uniquely per test, so the
 * suite also runs against a store that already holds other data.
 */
export function eventStoreContract(backend: ContractBackend): void {
  describe(`EventStore contract on ${backend.name}`, () => {
    let store: EventStore;
    let stream: string;

    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(() => {
      stream = `test-${randomUUID()}`;
    });

    describe('appending', () => {
      it('numbers a new stream from revision 0 and gives each event a growing global position', async () => {
        const batch = events(3);
        const result = await store.appendToStream(stream, batch, 'no_stream');
        expect(result.nextExpectedRevision).toBe(2n);

        const read = await store.readStream(stream);
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(read.map((e) => e.id)).toEqual(batch.map((e) => e.id));
        expect(read.map((e) => e.streamId)).toEqual([stream, stream, stream]);
        expectStrictlyIncreasing(read.map((e) => e.position));
        expect(read[2].position).toBe(result.position);
      });

      it('keeps type, data, metadata and the recorded time', async () => {
        const before = Date.now();
        const event: EventToAppend = {
          id: randomUUID(),
          type: 'MemberOrganisationAdmitted',
          data: { name: 'Eastdale District Council', inForceFrom: '2023-09-29', nested: { list: [1, 'two', null] } },
          metadata: { principal: 'clerk-1', correlationId: randomUUID() },
        };
        await store.appendToStream(stream, [event]);
        const [read] = await store.readStream(stream);
        expect(read.type).toBe(event.type);
        expect(read.data).toEqual(event.data);
        expect(read.metadata).toEqual(event.metadata);
        expect(read.recordedAt).toBeInstanceOf(Date);
        expect(read.recordedAt.getTime()).toBeGreaterThan(before - 60_000);
        expect(read.recordedAt.getTime()).toBeLessThan(Date.now() + 60_000);
      });

      it('appends with an exact expected revision when it matches', async () => {
        await store.appendToStream(stream, events(2), 'no_stream');
        const result = await store.appendToStream(stream, events(1), 1n);
        expect(result.nextExpectedRevision).toBe(2n);
      });

      it('appends with "any" at the end of the stream, existing or not', async () => {
        await store.appendToStream(stream, events(1), 'any');
        const result = await store.appendToStream(stream, events(2), 'any');
        expect(result.nextExpectedRevision).toBe(2n);
      });

      it('appends with "stream exists" only to a stream that exists', async () => {
        const error = await expectRejection(store.appendToStream(stream, events(1), 'stream_exists'), WrongExpectedRevisionError);
        expect(error.actual).toBeUndefined();
        await store.appendToStream(stream, events(1), 'no_stream');
        const result = await store.appendToStream(stream, events(1), 'stream_exists');
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('refuses "no stream" on an existing stream, naming the stream, the expectation and the actual revision', async () => {
        await store.appendToStream(stream, events(2));
        const error = await expectRejection(store.appendToStream(stream, events(1), 'no_stream'), WrongExpectedRevisionError);
        expect(error).toBeInstanceOf(EventStoreConflictError);
        expect(error.streamId).toBe(stream);
        expect(error.expected).toBe('no_stream');
        expect(error.actual).toBe(1n);
        expect(error.message).toContain(stream);
      });

      it('refuses a stale exact revision and writes nothing', async () => {
        await store.appendToStream(stream, events(3));
        const error = await expectRejection(store.appendToStream(stream, events(2), 1n), WrongExpectedRevisionError);
        expect(error.expected).toBe(1n);
        expect(error.actual).toBe(2n);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('refuses an exact revision on a stream that does not exist', async () => {
        const error = await expectRejection(store.appendToStream(stream, events(1), 0n), WrongExpectedRevisionError);
        expect(error.actual).toBeUndefined();
      });

      it.each([
        ['no events', () => []],
        ['an id that is not a UUID', () => [{ ...newEvent(), id: 'not-a-uuid' }]],
        [
          'the same id twice',
          () => {
            const e = newEvent();
            return [e, { ...e }];
          },
        ],
        ['an event without a type', () => [{ ...newEvent(), type: '' }]],
      ])('rejects an append with %s and writes nothing', async (_, make) => {
        await expectRejection(store.appendToStream(stream, make() as EventToAppend[]), InvalidAppendError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('idempotent retries', () => {
      it.each([
        ['no stream', 'no_stream' as const],
        ['any', 'any' as const],
      ])('accepts the same events again at the same place (%s) without duplicating them', async (_, expected) => {
        const batch = events(2);
        const first = await store.appendToStream(stream, batch, expected);
        const retry = await store.appendToStream(stream, batch, expected);
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(retry.position).toBe(first.position);
        expect(retry.alreadyRecorded).toBe(true);
        expect(first.alreadyRecorded).toBe(false);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('accepts a retry at the same exact revision after the stream has moved on', async () => {
        await store.appendToStream(stream, events(1), 'no_stream');
        const batch = events(2);
        const first = await store.appendToStream(stream, batch, 0n);
        await store.appendToStream(stream, events(1), 2n);
        const retry = await store.appendToStream(stream, batch, 0n);
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it('refuses the same ids at another place in the same stream (a capability of the store)', async () => {
        if (!store.rejectsEventIdsRecordedEarlierInTheStream) {
          console.info(
            `${backend.name}: ids appended again at the current revision are written again; idempotency holds for exact expected revisions behind the stream`,
          );
          return;
        }
        const batch = events(1);
        await store.appendToStream(stream, batch, 'no_stream');
        await store.appendToStream(stream, events(1), 0n);
        await expectRejection(store.appendToStream(stream, batch, 1n), EventStoreConflictError);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('refuses ids already recorded in another stream', async () => {
        if (!store.rejectsEventIdsRecordedInOtherStreams) {
          console.info(`${backend.name}: event ids are checked per stream only; cross-stream duplicate check not applicable`);
          return;
        }
        const batch = events(1);
        await store.appendToStream(stream, batch);
        const other = `${stream}-other`;
        const error = await expectRejection(store.appendToStream(other, batch), DuplicateEventIdError);
        expect(error.recordedStreamId).toBe(stream);
        expect(error.eventId).toBe(batch[0].id);
        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('reading a stream', () => {
      beforeEach(async () => {
        await store.appendToStream(stream, events(5), 'no_stream');
      });

      it('reads forwards from a revision, up to a count', async () => {
        const read = await store.readStream(stream, { fromRevision: 1n, maxCount: 3 });
        expect(read.map((e) => e.revision)).toEqual([1n, 2n, 3n]);
      });

      it('reads backwards from the end', async () => {
        const read = await store.readStream(stream, { direction: 'backwards', maxCount: 2 });
        expect(read.map((e) => e.revision)).toEqual([4n, 3n]);
      });

      it('reads backwards from a revision', async () => {
        const read = await store.readStream(stream, { direction: 'backwards', fromRevision: 2n });
        expect(read.map((e) => e.revision)).toEqual([2n, 1n, 0n]);
      });

      it('orders revisions as numbers, not as text, past ten and a hundred', async () => {
        await store.appendToStream(stream, events(110), 4n);
        const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
        expect(last.revision).toBe(114n);
        const forwards = await store.readStream(stream, { fromRevision: 8n, maxCount: 4 });
        expect(forwards.map((e) => e.revision)).toEqual([8n, 9n, 10n, 11n]);
        const all = await store.readAll({ from: forwards[0].position, maxCount: 100 });
        expect(all[0]?.position).toBe(forwards[0].position);
        expectStrictlyIncreasing(all.map((e) => e.position));
      });

      it('reads nothing from a stream that does not exist', async () => {
        expect(await store.readStream(`${stream}-missing`)).toEqual([]);
      });
    });

    describe('reading the global log', () => {
      it('reads events of all streams in position order, after a position, up to a count', async () => {
        const start = await store.headPosition();
        const a = `${stream}-a`;
        const b = `${stream}-b`;
        await store.appendToStream(a, events(2));
        await store.appendToStream(b, events(1));
        await store.appendToStream(a, events(1));

        const all = (await store.readAll({ after: start, maxCount: 1000 })).filter((e) => e.streamId.startsWith(stream));
        expect(all.map((e) => `${e.streamId.slice(-1)}${e.revision}`)).toEqual(['a0', 'a1', 'b0', 'a2']);
        expectStrictlyIncreasing(all.map((e) => e.position));

        const rest = (await store.readAll({ after: all[1].position, maxCount: 2 })).filter((e) => e.streamId.startsWith(stream));
        expect(rest.map((e) => e.id)).toEqual([all[2].id, all[3].id]);
      });

      it('knows the position of the last event', async () => {
        const result = await store.appendToStream(stream, events(2));
        expect(await store.headPosition()).toBe(result.position);
      });
    });

    describe('catch-up subscription', () => {
      it('delivers history after the start position, reports catching up, then delivers live events', async () => {
        await store.appendToStream(stream, events(1));
        const from = (await store.headPosition())!;
        await store.appendToStream(stream, events(2));

        const collector = new Collector();
        const subscription = store.subscribeToAll(collector.handler, { after: from });
        try {
          await collector.until(() => collector.of(stream).length === 2, 'history is delivered');
          await collector.until(() => collector.caughtUp > 0, 'the subscription catches up');
          expect(collector.of(stream).map((e) => e.revision)).toEqual([1n, 2n]);

          await store.appendToStream(stream, events(2));
          await collector.until(() => collector.of(stream).length === 4, 'live events are delivered');
          expect(collector.of(stream).map((e) => e.revision)).toEqual([1n, 2n, 3n, 4n]);
          expectStrictlyIncreasing(collector.received.map((e) => e.position));
        } finally {
          await subscription.stop();
        }
      });

      it('delivers nothing more once stopped', async () => {
        const collector = new Collector();
        const subscription = store.subscribeToAll(collector.handler, { after: await store.headPosition() });
        await collector.until(() => collector.caughtUp > 0, 'the subscription catches up');
        await subscription.stop();
        await subscription.finished;
        await store.appendToStream(stream, events(1));
        await new Promise((r) => setTimeout(r, 300));
        expect(collector.of(stream)).toEqual([]);
      });

      it('ends with the error when the handler fails, and does not call it again', async () => {
        const before = await store.headPosition();
        await store.appendToStream(stream, events(1));
        const errors: unknown[] = [];
        let calls = 0;
        const subscription = store.subscribeToAll(
          {
            onEvents: () => {
              calls += 1;
              throw new Error('projection failed');
            },
            onError: (error) => errors.push(error),
          },
          { after: before },
        );
        await expect(subscription.finished).rejects.toThrow('projection failed');
        expect(errors).toHaveLength(1);
        await store.appendToStream(stream, events(1));
        await new Promise((r) => setTimeout(r, 200));
        expect(calls).toBe(1);
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of 32 racing writers win each revision of a stream, losing none', async () => {
        const writers = 32;
        const attemptsPerWriter = 3;
        const acknowledged: string[] = [];
        let conflicts = 0;

        await Promise.all(
          Array.from({ length: writers }, async () => {
            for (let done = 0; done < attemptsPerWriter;) {
              const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
              const event = newEvent();
              try {
                await store.appendToStream(stream, [event], last ? last.revision : 'no_stream');
                acknowledged.push(event.id);
                done += 1;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevisionError)) throw error;
                conflicts += 1;
              }
            }
          }),
        );

        const read = await store.readStream(stream);
        expect(read).toHaveLength(writers * attemptsPerWriter);
        expect(read.map((e) => e.revision)).toEqual(read.map((_, i) => BigInt(i)));
        expect(new Set(read.map((e) => e.id))).toEqual(new Set(acknowledged));
        expectStrictlyIncreasing(read.map((e) => e.position));
        console.info(`${backend.name}: ${writers} writers, ${acknowledged.length} appends won, ${conflicts} conflicts refused`);
      });

      it('shows a live subscriber every acknowledged append of many writers once, in position order', async () => {
        const streams = Array.from({ length: 8 }, (_, i) => `${stream}-${i}`);
        const collector = new Collector();
        const subscription = store.subscribeToAll(collector.handler, { after: await store.headPosition() });
        const acknowledged = new Set<string>();
        try {
          await Promise.all(
            Array.from({ length: 16 }, async (_, writer) => {
              for (let i = 0; i < 10; i++) {
                const batch = events(1 + (i % 3));
                await store.appendToStream(streams[(writer + i) % streams.length], batch, 'any');
                batch.forEach((e) => acknowledged.add(e.id));
              }
            }),
          );
          const ours = new Set(streams);
          await collector.until(() => collector.of(ours).length >= acknowledged.size, 'every append is delivered');
          const delivered = collector.of(ours);
          expect(delivered).toHaveLength(acknowledged.size);
          expect(new Set(delivered.map((e) => e.id))).toEqual(acknowledged);
          expectStrictlyIncreasing(collector.received.map((e) => e.position));
          for (const s of streams) {
            const revisions = delivered.filter((e) => e.streamId === s).map((e) => e.revision);
            expect(revisions).toEqual(revisions.map((_, i) => BigInt(i)));
          }
        } finally {
          await subscription.stop();
        }
      });

      const lateCommitTitle = 'never lets a subscriber pass an event whose transaction commits late';
      if (!backend.beginSlowAppend) {
        it.skip(`${lateCommitTitle}: not possible here, ${backend.lateCommitImpossibleBecause}`, () => undefined);
        return;
      }
      it(lateCommitTitle, async () => {
        const collector = new Collector();
        const subscription = store.subscribeToAll(collector.handler, { after: await store.headPosition() });
        try {
          const slowEvent = newEvent('Slow');
          const slow = await backend.beginSlowAppend!(store, `${stream}-slow`, [slowEvent]);
          const fast = await store.appendToStream(`${stream}-fast`, [newEvent('Fast')]);

          // The gap is real: the slow transaction holds an earlier position than the committed one.
          await new Promise((r) => setTimeout(r, 300));
          expect(collector.of(`${stream}-fast`)).toEqual([]);

          await slow.commit();
          await collector.until(() => collector.received.some((e) => e.position === fast.position), 'both are delivered');
          const ours = collector.received.filter((e) => e.streamId.startsWith(stream));
          expect(ours.map((e) => e.type)).toEqual(['Slow', 'Fast']);
          expect(ours[0].position).toBeLessThan(fast.position);
          expectStrictlyIncreasing(collector.received.map((e) => e.position));
        } finally {
          await subscription.stop();
        }
      });
    });
  });
}
