import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi } from './support/api-process';
import { foundation, june2019, JUNE_2019 } from './support/board-history';
import { record, settle } from './support/graphql-client';
import { apiBackends, openStorageOf } from './support/test-databases';

describe.each(apiBackends())('verifying the ledger on $name', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-verify-'));
  const env = backend.env(dataDir);

  afterAll(async () => {
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = () => openStorageOf(env);

  it('finds every chain whole through the API and the CLI, then names the one event changed in the database', async () => {
    const api = await startApi(env);
    await settle(api, await record(api, [...foundation, ...june2019]));
    const answer = await api.graphql<{ verifyLedger: { events: number; digest: string; position: string; broken: null } }>(
      '{ verifyLedger { events position digest broken { streamId } } }',
    );
    await api.stop();
    expect(answer.errors).toBeUndefined();
    const { digest, position, broken } = answer.data!.verifyLedger;
    expect(broken).toBeNull();

    const whole = await runCli(['verify-ledger', '--up-to', position, '--expect-digest', digest], env);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('Every hash chain holds.');
    expect(whole.stdout).toContain(`Digest of the stream heads: ${digest}`);

    const storage = await open();
    const schema = env.DATABASE_SCHEMA ?? 'ledger';
    // One byte: "Appointment of Chairman" becomes "Appointment of Chairmen".
    await storage.database.query(
      `UPDATE ${schema}.events SET data = jsonb_set(data, '{item,title}', '"Appointment of Chairmen"')
       WHERE stream_id = 'meeting-${JUNE_2019}' AND revision = 1`,
    );
    await storage.close();

    const tampered = await runCli(['verify-ledger', '--up-to', position, '--expect-digest', digest], env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`BROKEN: stream "meeting-${JUNE_2019}" at revision 1 (changed): its content does not match its hash`);
    expect(tampered.stdout).toContain('The digest differs from the one expected');
  }, 120_000);
});
