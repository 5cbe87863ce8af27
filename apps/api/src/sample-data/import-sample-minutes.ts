import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventStore } from '@ledger/event-store';
import { planImport, readMinutesFiles, recordImport, type RecordSummary } from '@ledger/importer';

/** The bundled minutes: five real meetings of the Leicestershire (and Rutland) Safer Communities Strategy Board. */
export const SAMPLE_BODY = {
  bodyId: 'lscsb',
  // The 2019 page starts at its first item, without the header that gives the date.
  undatedPageDate: '2019-06-14',
} as const;

/**
 * The options `npm run cli -- import samples/minutes --body lscsb --date 2019-06-14` plans with:
 * the sample data is that import, so the two give the same ledger. The body's name comes from the
 * minutes' text, as on any import.
 */
export const SAMPLE_IMPORT_OPTIONS = { bodyId: SAMPLE_BODY.bodyId, date: SAMPLE_BODY.undatedPageDate } as const;

/** The samples folder, found from this file upwards (in the source tree and in dist alike). */
export function sampleMinutesFolder(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'samples', 'minutes');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Records the sample minutes through the importer, so that a newcomer's first query on a fresh
 * embedded store returns real history. The API's process manager then carries out their effects.
 */
export async function importSampleMinutes(store: EventStore, folder: string, principal: { id: string; role: string }): Promise<RecordSummary> {
  const plan = planImport(await readMinutesFiles([folder]), SAMPLE_IMPORT_OPTIONS);
  return recordImport(store, plan, { principal });
}
