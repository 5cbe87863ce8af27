import { Presets, SingleBar } from 'cli-progress';

/** A progress bar for long set-up work; without a terminal, one line every 30 s. */
export function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: `  ${label} {bar} {value}/{total} events, {eta_formatted} left`,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 30_000,
      formatValue: (v, _options, type) => (type === 'value' || type === 'total' ? Number(v).toLocaleString('en-GB') : String(v)),
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
