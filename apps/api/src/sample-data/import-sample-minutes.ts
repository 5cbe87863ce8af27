import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planImport, readMinutesFiles, recordImport, type RecordOptions, type RecordSummary } from '@ledger/importer';
import type { CommandSender, Principal } from '@ledger/write-side';

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
export const SAMPLE_IMPORT_COMMAND = `npm run cli -- import samples/minutes --body ${SAMPLE_BODY.bodyId} --date ${SAMPLE_BODY.undatedPageDate}`;

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
export async function importSampleMinutes(
  send: CommandSender,
  folder: string,
  principal: Principal,
  options: Pick<RecordOptions, 'onProgress' | 'signal'> = {},
): Promise<RecordSummary> {
  const plan = planImport(await readMinutesFiles([folder]), SAMPLE_IMPORT_OPTIONS);
  return recordImport(send, plan, { principal, ...options });
}
