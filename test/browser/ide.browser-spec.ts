import { existsSync, rmSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { loadExampleOperations } from '../../apps/api/src/platform/ide/example-operations';
import { startApiWithSampleMinutes, type SampleLedger } from '../support/sample-ledger';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Polls a text until it contains `wanted`; fails with the last text seen. */
async function waitForText(read: () => Promise<string>, wanted: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await read().catch(() => '');
    if (text.includes(wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`"${wanted}" did not appear within ${timeoutMs} ms; last seen:\n${text.slice(0, 2000)}`);
}

describe('the GraphQL IDE at /graphql, in a real browser', () => {
  let ledger: SampleLedger;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    ledger = await startApiWithSampleMinutes();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.api.stop();
    if (ledger) rmSync(ledger.dataDir, { recursive: true, force: true });
  });

  it('loads from this server alone, runs an example query and shows the answer', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${ledger.api.url}/graphql?example=council-website.decision-register-search`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');

    // The example is the first tab, its variables beside it.
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor({ timeout: 30_000 });
    await waitForText(() => editor.innerText(), 'CouncilWebsiteDecisionRegisterSearch');
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(5);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await waitForText(() => result.innerText(), '"decisionRegister"');
    // The pane shows what the API answers to the example (its first lines: the editor renders what is in view).
    const example = loadExampleOperations().find((candidate) => candidate.name === 'council-website.decision-register-search')!;
    const expected = await ledger.api.graphql<{ decisionRegister: { edges: { node: { itemTitle: string } }[] } }>(
      example.document,
      example.variables,
    );
    const answer = await result.innerText();
    expect(answer).toContain(JSON.stringify(expected.data!.decisionRegister.edges[0].node.itemTitle));
    expect(answer).not.toContain('"errors"');

    const elsewhere = requested.filter(
      (url) => !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(requested.some((url) => url.endsWith('/ide/assets/graphiql.js'))).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('leaves GraphQL requests to the API: POST, and GET with a query', async () => {
    const post = await ledger.api.graphql('{ serverInfo { version } }');
    expect(post.errors).toBeUndefined();
    const get = await fetch(`${ledger.api.url}/graphql?query=${encodeURIComponent('{ serverInfo { version } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(((await get.json()) as { data?: unknown }).data).toEqual({ serverInfo: { version: expect.any(String) } });
  });
});
