import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NUMBERED_PAGE } from '../libs/importer/src/testing/invented-pages';
import { runCli, startApi, type RunningApi } from './support/api-process';
import { settleAll } from './support/graphql-client';

/** An invented page of a board of its own, with its public address given beside it. */
describe("ledger import keeps each page's address with its hash", () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-source-address-'));
  const dataDir = join(folder, 'data');
  const page = join(folder, 'wcsp-2023-03-07.txt');
  const address = 'https://democracy.example.org/ieListDocuments.aspx?MId=4242';
  let api: RunningApi | undefined;

  beforeAll(() => {
    writeFileSync(page, NUMBERED_PAGE);
    writeFileSync(`${page}.url`, `${address}\n`);
  });
  afterAll(async () => {
    await api?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses --source-url for several pages, and an address that is not http(s), recording nothing', async () => {
    const other = join(folder, 'other.txt');
    writeFileSync(other, NUMBERED_PAGE);
    const several = await runCli(['import', page, other, '--body', 'wcsp', '--source-url', address], { DATA_DIR: dataDir });
    expect(several.code).toBe(1);
    expect(several.stderr).toContain('--source-url names the address of one page, and 2 were given [INVALID_OPTION]');
    const notAnAddress = await runCli(['import', other, '--body', 'wcsp', '--source-url', 'file:///etc/passwd'], { DATA_DIR: dataDir });
    expect(notAnAddress.code).toBe(1);
    expect(notAnAddress.stderr).toContain(
      '--source-url gives "file:///etc/passwd", which is not an http(s) address of a page [INVALID_OPTION]',
    );
    rmSync(other);
  }, 120_000);

  it('records the address from the .url file beside the page, and the API gives the page as a source file', async () => {
    const imported = await runCli(['import', page, '--body', 'wcsp'], { DATA_DIR: dataDir });
    expect(imported.code).toBe(0);
    api = await startApi({ DATA_DIR: dataDir });
    await settleAll(api);
    const answer = await api.graphql<{ meeting: { sourceFiles: unknown[] } }>(
      '{ meeting(meetingId: "wcsp-2023-03-07") { sourceFiles { sha256 name mediaType url } } }',
    );
    expect(answer.data?.meeting.sourceFiles).toEqual([
      {
        sha256: createHash('sha256').update(NUMBERED_PAGE, 'utf8').digest('hex'),
        name: 'wcsp-2023-03-07.txt',
        mediaType: 'text/plain',
        url: address,
      },
    ]);
  }, 180_000);
});
