/** Small statistics for noisy machines: medians of runs, percentiles of samples. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Runs `work` n times and returns every result, for medians over runs. */
export async function repeat<T>(n: number, work: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < n; run++) results.push(await work(run));
  return results;
}

export const now = () => performance.now();

/** Runs `workers` loops until `durationMs` has passed; returns how many operations completed. */
export async function closedLoop(
  workers: number,
  durationMs: number,
  operation: (worker: number, i: number) => Promise<void>,
): Promise<{ ops: number; seconds: number; latencies: number[] }> {
  const started = now();
  const deadline = started + durationMs;
  let ops = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; now() < deadline; i++) {
        const t = now();
        await operation(worker, i);
        latencies.push(now() - t);
        ops++;
      }
    }),
  );
  return { ops, seconds: (now() - started) / 1000, latencies };
}

export const fmt = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
export const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
