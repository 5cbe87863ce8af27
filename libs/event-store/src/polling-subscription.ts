import type { GlobalPosition, RecordedEvent, ReadAllOptions, Subscription, SubscriptionHandler } from './event-store.port';
import { WakeSignal } from './wake-signal';

export interface PollingSubscriptionOptions {
  readonly after?: GlobalPosition;
  /** The most events handed to the handler at once. */
  readonly batchSize: number;
  /** The most events `readAll` is asked for at once (default: batchSize). */
  readonly pageSize?: number;
  /** How long to sleep when caught up, unless woken earlier by a notification. */
  readonly idleMs: number;
  /** Consecutive failed reads tolerated (with backoff) before the subscription gives up. */
  readonly maxReadRetries: number;
}

/**
 * A catch-up subscription over any store that can read its global log in order: it reads batches
 * until one comes back short (everything committed when it was read), reports that it is caught up,
 * then sleeps until woken or its interval passes. Stopping at a short batch rather than reading
 * again to find nothing saves a read per wake, which on a busy ledger is most of the reads.
 */
export function startPollingSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: WakeSignal,
  handler: SubscriptionHandler,
  options: PollingSubscriptionOptions,
): Subscription {
  let stopped = false;
  let position = options.after;
  const pageSize = options.pageSize ?? options.batchSize;

  const run = async () => {
    let caughtUpReported = false;
    let failures = 0;
    while (!stopped) {
      let page: RecordedEvent[];
      const news = signal.generation;
      try {
        page = await readAll({ after: position, maxCount: pageSize });
        failures = 0;
      } catch (error) {
        if (stopped) return;
        failures += 1;
        if (failures > options.maxReadRetries) throw error;
        await signal.wait(Math.min(100 * 2 ** failures, 5000));
        continue;
      }
      if (stopped) return;
      for (let start = 0; start < page.length && !stopped; start += options.batchSize) {
        const batch = page.slice(start, start + options.batchSize);
        await handler.onEvents(batch);
        position = batch[batch.length - 1].position;
        caughtUpReported = false;
      }
      if (stopped) return;
      if (page.length >= pageSize) continue;
      if (!caughtUpReported) {
        caughtUpReported = true;
        handler.onCaughtUp?.(position);
      }
      await signal.wait(options.idleMs, news);
    }
  };

  const finished = run().catch((error: unknown) => {
    handler.onError?.(error);
    throw error;
  });
  // The caller may never look at `finished`; its failure is reported through onError.
  finished.catch(() => undefined);

  return {
    finished,
    async stop() {
      stopped = true;
      signal.wake();
      await finished.catch(() => undefined);
    },
  };
}
