import type {
  GlobalPosition,
  RecordedEvent,
  ReadAllOptions,
  Subscription,
  SubscriptionHandler,
} from './event-store.port';
import { WakeSignal } from './wake-signal';

export interface PollingSubscriptionOptions {
  readonly after?: GlobalPosition;
  readonly batchSize: number;
  /** How long to sleep when caught up, unless woken earlier by a notification. */
  readonly idleMs: number;
  /** Consecutive failed reads tolerated (with backoff) before the subscription gives up. */
  readonly maxReadRetries: number;
}

/**
 * A catch-up subscription over any store that can read its global log in order: it reads batches
 * until none is left, reports that it is caught up, then sleeps until woken or its interval passes.
 */
export function startPollingSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: WakeSignal,
  handler: SubscriptionHandler,
  options: PollingSubscriptionOptions,
): Subscription {
  let stopped = false;
  let position = options.after;

  const run = async () => {
    let caughtUpReported = false;
    let failures = 0;
    while (!stopped) {
      let batch: RecordedEvent[];
      try {
        batch = await readAll({ after: position, maxCount: options.batchSize });
        failures = 0;
      } catch (error) {
        if (stopped) return;
        failures += 1;
        if (failures > options.maxReadRetries) throw error;
        await signal.wait(Math.min(100 * 2 ** failures, 5000));
        continue;
      }
      if (stopped) return;
      if (batch.length > 0) {
        await handler.onEvents(batch);
        position = batch[batch.length - 1].position;
        caughtUpReported = false;
        continue;
      }
      if (!caughtUpReported) {
        caughtUpReported = true;
        handler.onCaughtUp?.(position);
      }
      await signal.wait(options.idleMs);
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
