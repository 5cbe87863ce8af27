import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi, type RunningApi } from './api-process';
import { settleAll } from './graphql-client';
import { instantBetweenRecordings } from './wait-for';

export { settleAll };

const SAMPLES = join(__dirname, '..', '..', 'samples', 'minutes');
const BODY_OPTIONS = ['--body', 'lscsb', '--date', '2019-06-14', '--body-name', 'Leicestershire Safer Communities Strategy Board'];

export interface SampleLedger {
  readonly api: RunningApi;
  readonly dataDir: string;
  /** A moment after the 2015–2019 pages were recorded and before the 2023 and 2025 pages were. */
  readonly recordedBetween: string;
}

async function importPages(dataDir: string, pages: string[]): Promise<void> {
  const result = await runCli(['import', ...pages.map((page) => join(SAMPLES, page)), ...BODY_OPTIONS], { DATA_DIR: dataDir }, 120_000);
  if (result.code !== 0) throw new Error(`import of ${pages.join(', ')} failed (${result.code}):\n${result.stdout}${result.stderr}`);
}

/**
 * The built API on a fresh embedded store holding the sample minutes, imported with the built CLI in two
 * steps (so there is a moment to ask "as recorded at"), with the effects process manager and the read
 * models caught up.
 */
export async function startApiWithSampleMinutes(): Promise<SampleLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-samples-'));
  await importPages(dataDir, ['2015-12-10-lscsb.txt', '2018-12-10-lscsb.txt', '2019-06-14-lscsb.txt']);
  const recordedBetween = await instantBetweenRecordings();
  await importPages(dataDir, ['2023-09-29-lrscsb.txt', '2025-06-20-lrscsb.txt']);
  const api = await startApi({ DATA_DIR: dataDir });
  await settleAll(api);
  return { api, dataDir, recordedBetween };
}
