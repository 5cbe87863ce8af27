/**
 * Lets a polling loop sleep until either its interval passes or someone says there is news. A loop
 * notes `generation` before it reads, and passes it to `wait`: news that came while it was reading
 * is not slept through.
 */
export class WakeSignal {
  private waiters = new Set<() => void>();
  private wakes = 0;

  get generation(): number {
    return this.wakes;
  }

  wake(): void {
    this.wakes += 1;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const resolve of waiters) resolve();
  }

  /** Resolves after `timeoutMs`, on the next wake, or at once if woken since `generation`. */
  wait(timeoutMs: number, generation = this.wakes): Promise<void> {
    if (generation !== this.wakes) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }
}
