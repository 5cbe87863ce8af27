export interface WaitOptions {
  /** How long the condition has to come true. */
  readonly timeoutMs?: number;
  /** How often it is checked until then. */
  readonly intervalMs?: number;
  /** What is waited for, as the failure at the deadline should name it. */
  readonly what: string;
}

/**
 * Checks a condition until it holds and returns what it returned, or fails at the deadline naming what
 * was waited for and what was last seen. The condition holds when it returns anything but
 * undefined, null or false; an error it throws counts as not yet, and is shown at the deadline.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs = 20_000, intervalMs = 50, what }: WaitOptions,
): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last seen: ${describe(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.slice(0, 2000);
}

/**
 * An instant strictly after everything recorded before the call (on this machine's clock) and strictly
 * before anything recorded after it returns: the next whole second after the call, once the clock has passed it.
 */
export async function instantBetweenRecordings(): Promise<string> {
  // A whole second, so that clients that write instants to the second (OParl's filters) can name it too.
  const between = Math.floor(Date.now() / 1000) * 1000 + 1000;
  await waitFor(() => Date.now() > between, { timeoutMs: 5_000, intervalMs: 1, what: 'the clock to pass the next whole second' });
  return new Date(between).toISOString();
}
