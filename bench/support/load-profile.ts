import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Where the time of a stretch of load went, seen from inside the API (its own /metrics: Apollo's
 * operation timer, the garbage collector, the event loop's delay, its CPU), from the load generator
 * (its own event loop and CPU) and from the machine (/proc: PostgreSQL's processes, all cores).
 * A client's p99 can then be laid beside what the API itself took and what stalled it.
 */
export interface LoadProfile {
  readonly seconds: number;
  /** Operations the API timed, and how many of them took longer than 5, 10 and 25 ms inside Apollo. */
  readonly operations: number;
  readonly slowerThan: Readonly<Record<'5' | '10' | '25', number>>;
  readonly gc: Readonly<Record<string, { count: number; ms: number }>>;
  /** Collections of 10 ms or more, any kind. */
  readonly gcPausesOver10ms: number;
  /** The API's event-loop delay beyond prom-client's 10 ms sampling interval, in ms. */
  readonly apiLoopDelay: { p99: number; max: number };
  /** The load generator's own event-loop delay (sampled the same way), in ms: its stalls count in the latencies it measures. */
  readonly generatorLoopDelay: { p99: number; max: number };
  /** Cores busy on average: the API, PostgreSQL's processes, the load generator, the whole machine. */
  readonly cores: { api: number; postgres: number; generator: number; machine: number; of: number };
}

type Samples = Map<string, number>;

/** Prometheus text format: `name{labels} value` per line; comments skipped. */
export function parseMetrics(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return samples;
}

async function scrape(apiUrl: string): Promise<Samples> {
  const response = await fetch(`${apiUrl}/metrics`);
  if (!response.ok) throw new Error(`GET /metrics: HTTP ${response.status}`);
  return parseMetrics(await response.text());
}

/** Sum of every sample whose key starts with `prefix` and contains each of `parts`. */
function sum(samples: Samples, prefix: string, ...parts: string[]): number {
  let total = 0;
  for (const [key, value] of samples) if (key.startsWith(prefix) && parts.every((part) => key.includes(part))) total += value;
  return total;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Both event-loop histograms time a 10 ms timer, so each sample is 10 ms plus the delay. */
const LOOP_SAMPLING_MS = 10;
const loopDelay = (sampleMs: number) => Math.max(0, sampleMs - LOOP_SAMPLING_MS);

/** CPU ticks of the whole machine (busy, all) and of PostgreSQL's processes; zeros where /proc is absent. */
function procTicks(): { busy: number; all: number; postgres: number; cores: number } {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n');
    const fields = cpu[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const all = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    let postgres = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.startsWith('postgres')) continue;
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        postgres += Number(rest[11]) + Number(rest[12]); // utime, stime
      } catch {
        // the process ended meanwhile
      }
    }
    return { busy: all - idle, all, postgres, cores: cpu.filter((line) => /^cpu\d/.test(line)).length };
  } catch {
    return { busy: 0, all: 0, postgres: 0, cores: 0 };
  }
}

/** Runs `load` against the API at `apiUrl` and returns its result with the profile of that stretch. */
export async function profileLoad<T>(apiUrl: string, load: () => Promise<T>): Promise<{ result: T; profile: LoadProfile }> {
  // A scrape also resets prom-client's event-loop histogram, so the next one covers the load alone.
  const before = await scrape(apiUrl);
  const ticksBefore = procTicks();
  const cpuBefore = process.cpuUsage();
  const generatorLoop = monitorEventLoopDelay({ resolution: LOOP_SAMPLING_MS });
  generatorLoop.enable();
  const started = performance.now();
  const result = await load();
  const seconds = (performance.now() - started) / 1000;
  generatorLoop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const ticks = procTicks();
  const after = await scrape(apiUrl);

  const delta = (prefix: string, ...parts: string[]) => sum(after, prefix, ...parts) - sum(before, prefix, ...parts);
  const op = 'ledger_graphql_operation_duration_seconds';
  const operations = delta(`${op}_count`);
  const within = (le: string) => delta(`${op}_bucket`, `le="${le}"`);
  const gc: Record<string, { count: number; ms: number }> = {};
  for (const kind of ['minor', 'major', 'incremental', 'weakcb']) {
    const count = delta('nodejs_gc_duration_seconds_count', `kind="${kind}"`);
    if (count > 0) gc[kind] = { count, ms: delta('nodejs_gc_duration_seconds_sum', `kind="${kind}"`) * 1000 };
  }
  const machineSeconds = (ticks.all - ticksBefore.all) / TICKS_PER_SECOND / Math.max(1, ticks.cores);
  const busy = (t: number) => (machineSeconds > 0 ? t / TICKS_PER_SECOND / machineSeconds : NaN);
  return {
    result,
    profile: {
      seconds,
      operations,
      slowerThan: { '5': operations - within('0.005'), '10': operations - within('0.01'), '25': operations - within('0.025') },
      gc,
      gcPausesOver10ms: delta('nodejs_gc_duration_seconds_count') - delta('nodejs_gc_duration_seconds_bucket', 'le="0.01"'),
      apiLoopDelay: {
        p99: loopDelay(sum(after, 'nodejs_eventloop_lag_p99_seconds') * 1000),
        max: loopDelay(sum(after, 'nodejs_eventloop_lag_max_seconds') * 1000),
      },
      generatorLoopDelay: { p99: loopDelay(generatorLoop.percentile(99) / 1e6), max: loopDelay(generatorLoop.max / 1e6) },
      cores: {
        api: delta('process_cpu_seconds_total') / seconds,
        postgres: busy(ticks.postgres - ticksBefore.postgres),
        generator: (cpu.user + cpu.system) / 1e6 / seconds,
        machine: busy(ticks.busy - ticksBefore.busy),
        of: ticks.cores,
      },
    },
  };
}

/** One sentence for the notes, e.g. "3,875 operations in 5.0 s; inside Apollo 2 over 5 ms, ...". */
export function describeProfile(profile: LoadProfile): string {
  const { slowerThan: slow, cores } = profile;
  const n = (value: number) => Math.round(value).toLocaleString('en-GB');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const gc = Object.entries(profile.gc)
    .map(([kind, { count, ms: total }]) => `${n(count)} ${kind} (${ms(total)} in all)`)
    .join(', ');
  return (
    `${n(profile.operations)} operations in ${profile.seconds.toFixed(1)} s; inside Apollo ${n(slow['5'])} took over 5 ms, ` +
    `${n(slow['10'])} over 10 ms, ${n(slow['25'])} over 25 ms; the API's garbage collections: ${gc || 'none'}, ` +
    `${n(profile.gcPausesOver10ms)} of 10 ms or more; the API's event-loop delay p99 ${ms(profile.apiLoopDelay.p99)}, ` +
    `max ${ms(profile.apiLoopDelay.max)}; the load generator's own p99 ${ms(profile.generatorLoopDelay.p99)}, ` +
    `max ${ms(profile.generatorLoopDelay.max)}; cores busy: API ${cores.api.toFixed(2)}, PostgreSQL ${cores.postgres.toFixed(2)}, ` +
    `load generator ${cores.generator.toFixed(2)}, machine ${cores.machine.toFixed(2)} of ${cores.of}`
  );
}
