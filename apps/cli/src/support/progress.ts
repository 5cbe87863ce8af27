import { Presets, SingleBar } from 'cli-progress';
import type { RebuildProgress } from '@ledger/projections';

/** A progress bar on stderr for a terminal; nothing for a pipe or a log file, which get the summary. */
export function projectionProgress(label: string): { update(progress: RebuildProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | position {value}/{total} | {events} events | {rate} events/s`, stream: process.stderr },
    Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    update({ position, head, events }) {
      const rate = Math.round(events / Math.max((Date.now() - started) / 1000, 0.001));
      if (!running) {
        bar.start(Number(head), 0, { events, rate });
        running = true;
      }
      bar.update(Number(position), { events, rate });
    },
    stop() {
      if (running) bar.stop();
    },
  };
}

export function eventsPerSecond(events: number, startedAt: number): string {
  const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
  return `${events} events in ${seconds.toFixed(1)} s (${Math.round(events / seconds)} events/s)`;
}
