import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApiToExit, runCli, startApi, type RunningApi } from './support/api-process';

/** The embedded store is held by one process: two real processes on one folder, and one that died. */
describe('one process per embedded store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-lock-'));
  let first: RunningApi | undefined;
  let second: RunningApi | undefined;

  afterAll(async () => {
    await first?.stop('SIGKILL');
    await second?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second API and the CLI while an API holds the folder, naming the holder', async () => {
    first = await startApi({ DATA_DIR: dataDir });
    const recorded = await first.graphql<{ establishBody: { position: string } }>(
      'mutation { establishBody(input: { bodyId: "lockfield-board", name: "Lockfield Board", shortName: "LB" }) { position } }',
    );
    expect(recorded.errors).toBeUndefined();

    const api = await runApiToExit({ DATA_DIR: dataDir });
    expect(api.code).toBe(1);
    expect(api.stderr.trim().split('\n')).toHaveLength(1);
    expect(api.stderr).toContain(`in use by process ${first.pid}`);

    const cli = await runCli(['info', '--json'], { DATA_DIR: dataDir });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`in use by process ${first.pid}`);
    expect(cli.stderr).toContain('stop it first');
  }, 120_000);

  it('leaves no stale refusal when the holder dies, and keeps what it acknowledged', async () => {
    await first!.stop('SIGKILL');
    first = undefined;
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);

    second = await startApi({ DATA_DIR: dataDir });
    const answer = await second.graphql<{ body: { name: { name: string } } | null }>(
      '{ body(bodyId: "lockfield-board") { name { name } } }',
    );
    expect(answer.data?.body?.name.name).toBe('Lockfield Board');
    await second.stop();
    second = undefined;

    // Stopped cleanly: the lock is gone and the CLI may open the folder.
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    const cli = await runCli(['info', '--json'], { DATA_DIR: dataDir });
    expect(cli.code).toBe(0);
  }, 120_000);
});
