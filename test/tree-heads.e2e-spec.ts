import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi } from './support/api-process';
import { foundation, june2019, JUNE_2019, september2019 } from './support/board-history';
import { record, settle } from './support/graphql-client';
import { apiBackends, openStorageOf } from './support/test-databases';

/**
 * The log as a transparency log: a head kept by an auditor catches what the hash chains cannot (the
 * newest event removed), and proofs are checked offline against the log's public key.
 */
describe.each(apiBackends())('signed tree heads and proofs on $name', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-tree-heads-'));
  const auditor = mkdtempSync(join(tmpdir(), 'ledger-auditor-'));
  const env = backend.env(dataDir);
  const file = (name: string) => join(auditor, name);

  afterAll(async () => {
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(auditor, { recursive: true, force: true });
  });

  it('proves a decision in the log and a kept head consistent with a later one, and catches the newest event removed', async () => {
    const api = await startApi(env);
    await settle(api, await record(api, [...foundation, ...june2019]));
    const get = async (path: string) => {
      const response = await fetch(`${api.url}${path}`);
      return { status: response.status, text: await response.text() };
    };
    writeFileSync(file('log-key.pem'), (await get('/transparency/public-key')).text);

    const first = await runCli(['tree-head', '--url', api.url, '--out', file('head-1.json'), '--public-key', file('log-key.pem')], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const head1 = JSON.parse(readFileSync(file('head-1.json'), 'utf8')) as { treeSize: number; rootHash: string };

    // The GraphQL answer is the same tree.
    const graphql = await api.graphql<{ treeHead: { treeSize: number; rootHash: string } }>(
      '{ treeHead { treeSize rootHash } }',
      {},
      'public',
    );
    expect(graphql.data!.treeHead).toEqual({ treeSize: head1.treeSize, rootHash: head1.rootHash });

    // A decision's event, proved in the log at the kept head.
    const { streamEvents } = (
      await api.graphql<{ streamEvents: { id: string; type: string }[] }>(
        `{ streamEvents(streamId: "meeting-${JUNE_2019}", first: 1000) { id type } }`,
      )
    ).data!;
    const decision = streamEvents.find((event) => event.type === 'ResolutionPassed')!;
    const inclusion = await get(`/transparency/inclusion-proof?eventId=${decision.id}&treeSize=${head1.treeSize}`);
    expect(inclusion.status).toBe(200);
    writeFileSync(file('inclusion.json'), inclusion.text);
    const included = await runCli(
      ['verify-proof', '--public-key', file('log-key.pem'), '--head', file('head-1.json'), '--proof', file('inclusion.json')],
      env,
    );
    expect([included.code, included.stdout.trim()]).toEqual([
      0,
      expect.stringMatching(/^Proof holds: leaf \d+ is in the log of \d+ events\.$/),
    ]);

    // A proof altered in one hash does not hold.
    const altered = JSON.parse(inclusion.text) as { auditPath: string[] };
    altered.auditPath[0] = altered.auditPath[0]!.replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
    writeFileSync(file('altered.json'), JSON.stringify(altered));
    const refused = await runCli(
      ['verify-proof', '--public-key', file('log-key.pem'), '--head', file('head-1.json'), '--proof', file('altered.json')],
      env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('PROOF FAILS');

    // The log grows; the earlier head is proved a prefix of the later one.
    await settle(api, await record(api, september2019));
    expect(
      (await runCli(['tree-head', '--url', api.url, '--out', file('head-2.json'), '--public-key', file('log-key.pem')], env)).code,
    ).toBe(0);
    const head2 = JSON.parse(readFileSync(file('head-2.json'), 'utf8')) as { treeSize: number };
    expect(head2.treeSize).toBeGreaterThan(head1.treeSize);
    writeFileSync(
      file('consistency.json'),
      (await get(`/transparency/consistency-proof?from=${head1.treeSize}&to=${head2.treeSize}`)).text,
    );
    const consistent = await runCli(
      [
        'verify-proof',
        '--public-key',
        file('log-key.pem'),
        '--old-head',
        file('head-1.json'),
        '--head',
        file('head-2.json'),
        '--proof',
        file('consistency.json'),
      ],
      env,
    );
    expect([consistent.code, consistent.stdout]).toEqual([0, expect.stringContaining('still begin the log')]);

    // Asking for a proof the log cannot give is the client's mistake.
    expect((await get(`/transparency/consistency-proof?from=${head2.treeSize + 5}`)).status).toBe(400);
    const unknown = await api.graphql('{ inclusionProof(eventId: "00000000-0000-4000-8000-000000000000") { leafIndex } }', {}, 'public');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await api.stop();

    // Remove the newest event: every remaining chain still holds, but the kept head does not.
    const storage = await openStorageOf(env);
    const schema = env.DATABASE_SCHEMA ?? 'ledger';
    await storage.database.query(`DELETE FROM ${schema}.events WHERE position = (SELECT max(position) FROM ${schema}.events)`);
    await storage.close();
    const chainsOnly = await runCli(['verify-ledger'], env);
    expect([chainsOnly.code, chainsOnly.stdout]).toEqual([0, expect.stringContaining('Every hash chain holds.')]);
    const withHead = await runCli(['verify-ledger', '--tree-head', file('head-2.json')], env);
    expect(withHead.code).toBe(1);
    expect(withHead.stdout).toContain(
      `KEPT TREE HEAD BROKEN: the log holds ${head2.treeSize - 1} events, fewer than the ${head2.treeSize} the kept tree head covers`,
    );
    const earlierHead = await runCli(['verify-ledger', '--tree-head', file('head-1.json')], env);
    expect([earlierHead.code, earlierHead.stdout]).toEqual([0, expect.stringContaining('Kept tree head holds')]);
  }, 180_000);
});
