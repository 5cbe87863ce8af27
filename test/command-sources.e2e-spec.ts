import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi, type RunningApi } from './support/api-process';
import { metricSamples } from './support/metrics';
import { waitFor } from './support/wait-for';

/** A page invented for this test, of a board of its own. */
const PAGE = `Agenda and minutes

Command Path Test Board - Thursday, 4 April 2024 10.00 am

Venue: Room 2, Test House

Items
No. Item

1.

Apologies for absence

Minutes:

No apologies were received.

2.

Street lighting review

Minutes:

The Board considered a report on street lighting.

RESOLVED: That the report be noted.
`;

/** Every command, whatever sent it, goes down the one command bus and is counted and logged with its origin. */
describe('the command sources', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-command-sources-'));
  let api: RunningApi | undefined;

  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const commandCounts = async (running: RunningApi) =>
    metricSamples(await (await fetch(`${running.url}/metrics`)).text(), 'ledger_commands_total');
  const recorded = (counts: Map<string, number>, source: string) =>
    [...counts]
      .filter(([labels]) => labels.startsWith(`{source="${source}",`) && labels.includes('outcome="recorded"'))
      .reduce((sum, [, count]) => sum + count, 0);

  it("counts the sample minutes, their effects and a mutation by source in /metrics, and logs the CLI's by origin", async () => {
    api = await startApi({ DATA_DIR: dataDir, SAMPLE_DATA: 'on' });
    const running = api;
    // Ready only once the samples and their effects are recorded.
    await waitFor(async () => (await fetch(`${running.url}/health/ready`)).status === 200, {
      timeoutMs: 120_000,
      intervalMs: 250,
      what: 'the API to be ready',
    });
    const mutation = await api.graphql<{ establishBody: { events: { type: string }[] } }>(
      'mutation { establishBody(input: { bodyId: "command-path-graphql", name: "Command Path GraphQL Board", shortName: "CPGB" }) { events { type } } }',
    );
    expect(mutation.errors).toBeUndefined();

    const counts = await commandCounts(api);
    expect(recorded(counts, 'sample-data')).toBeGreaterThan(100);
    // The samples admit a member and elect a chair, among other effects.
    expect(counts.get('{source="process-manager",command_type="AdmitMemberOrganisation",outcome="recorded",code=""}')).toBe(1);
    expect(counts.get('{source="graphql",command_type="EstablishBody",outcome="recorded",code=""}')).toBe(1);
    expect(recorded(counts, 'cli-import')).toBe(0);
    await api.stop();
    api = undefined;

    const page = join(dataDir, 'page.txt');
    writeFileSync(page, PAGE);
    const cli = await runCli(['import', page, '--body', 'command-path-cli'], { DATA_DIR: dataDir, LOG_LEVEL: 'log', LOG_FORMAT: 'json' });
    expect(cli.code).toBe(0);
    const lines = cli.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { message?: { message?: string; origin?: string; commandType?: string } | string });
    const commandLines = lines
      .map((line) => line.message)
      .filter((message) => typeof message === 'object' && message?.message === 'command recorded');
    expect(commandLines.length).toBeGreaterThan(2);
    expect(commandLines.every((message) => typeof message === 'object' && message.origin === 'cli-import')).toBe(true);
    expect(commandLines.map((message) => typeof message === 'object' && message.commandType)).toContain('EstablishBody');
    // The plan and summary stay on stdout, apart from the log.
    expect(cli.stdout).not.toContain('command recorded');
  }, 180_000);
});
