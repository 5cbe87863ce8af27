import type { Client } from 'graphql-ws';

/** What one graphql-ws subscription has delivered so far, in the order it came. */
export interface Heard<T> {
  readonly field: string;
  readonly values: T[];
  /** Errors the server sent for the subscription (a refusal comes as one). */
  readonly errors: unknown[];
  /** Resolves as soon as `accept` holds of what has been delivered; fails at the deadline, showing it. */
  until(accept: (values: readonly T[], errors: readonly unknown[]) => boolean, what: string, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and records each message as it comes; `until` waits on the deliveries themselves. */
export function listen<T>(client: Client, query: string, field: string): Heard<T> {
  const values: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const delivered = () => {
    for (const check of [...waiters]) check();
  };
  const stop = client.subscribe<Record<string, T>>(
    { query },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        if (message.data?.[field] !== undefined) values.push(message.data[field]);
        delivered();
      },
      error: (error) => {
        errors.push(error instanceof Error ? error.message : error);
        delivered();
      },
      complete: () => undefined,
    },
  );
  return {
    field,
    values,
    errors,
    stop,
    until(accept, what, timeoutMs = 20_000) {
      return new Promise<T[]>((resolve, reject) => {
        const check = () => {
          if (!accept(values, errors)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(values);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `${field}: ${what} did not come within ${timeoutMs} ms; delivered ${JSON.stringify({ values, errors }).slice(0, 3000)}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * Makes sure the subscriptions are live: the server delivers only what is recorded after it has set a
 * subscription up, and graphql-ws does not say when that is. So this records markers, a fresh one at
 * a time, each something every subscription here must deliver (`isMarker` tells them apart from other
 * deliveries), until each subscription has delivered one. A subscription that has delivered a marker
 * delivers everything recorded after it.
 */
export async function untilLive(
  subscriptions: readonly Heard<any>[],
  recordMarker: (attempt: number) => Promise<void>,
  isMarker: (value: any) => boolean,
  { timeoutMs = 20_000, attemptMs = 1_000 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const live = () => subscriptions.every((subscription) => subscription.values.some(isMarker));
  for (let attempt = 1; !live(); attempt++) {
    if (Date.now() >= deadline) {
      const silent = subscriptions.filter((subscription) => !subscription.values.some(isMarker)).map((subscription) => subscription.field);
      throw new Error(`subscriptions ${silent.join(', ')} delivered none of ${attempt - 1} markers within ${timeoutMs} ms`);
    }
    await recordMarker(attempt);
    // Each attempt's markers get a moment to come through before the next is recorded (a subscription
    // set up meanwhile delivers the next one).
    const window = Math.max(1, Math.min(attemptMs, deadline - Date.now()));
    await Promise.all(
      subscriptions.map((subscription) => subscription.until((values) => values.some(isMarker), 'a marker', window).catch(() => undefined)),
    );
  }
}
