import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApi, type RunningApi } from '../support/api-process';
import { send, settleAll } from '../support/graphql-client';
import { tokenFor } from '../support/test-auth';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BODY = 'cross-origin-board';
const QUERY = `query CouncilPage { body(bodyId: "${BODY}") { bodyId name { name shortName } } }`;

/** What the page's script reports of each call: the answer's data, or why the browser refused it. */
interface Outcome {
  readonly status?: number;
  readonly data?: unknown;
  readonly refused?: string;
}

/** A council's web page calling the API from its own origin, with fetch: POST (preflighted, with a token) and a plain GET. */
function councilPage(apiUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Council meetings</title></head>
<body>
<script>
const API = ${JSON.stringify(`${apiUrl}/graphql`)};
const QUERY = ${JSON.stringify(QUERY)};
async function attempt(call) {
  try {
    const response = await call();
    return { status: response.status, data: (await response.json()).data };
  } catch (error) {
    return { refused: String(error) };
  }
}
window.askLedger = async (token) => ({
  post: await attempt(() => fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
    body: JSON.stringify({ query: QUERY }),
  })),
  get: await attempt(() => fetch(API + '?query=' + encodeURIComponent(QUERY))),
});
</script>
</body>
</html>
`;
}

/** A web site of its own on another port, that is another origin; it serves the page once the API's address is known. */
async function startSite(page: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the API called from another web site, in a real browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-cross-origin-'));
  let api: RunningApi;
  let browser: Browser;
  let listed: { server: Server; origin: string };
  let unlisted: { server: Server; origin: string };
  let token: string;

  beforeAll(async () => {
    const page = () => councilPage(api.url);
    listed = await startSite(page);
    unlisted = await startSite(page);
    api = await startApi({ DATA_DIR: dataDir, CORS_ORIGINS: listed.origin });
    const { errors } = await send(api, {
      mutation: 'establishBody',
      input: { bodyId: BODY, name: 'Cross Origin Test Partnership Board', shortName: 'COTPB' },
    });
    expect(errors).toBeUndefined();
    await settleAll(api);
    token = (await tokenFor('member'))!;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    for (const site of [listed, unlisted]) if (site) await new Promise((resolve) => site.server.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function askFrom(origin: string): Promise<{ post: Outcome; get: Outcome }> {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${origin}/`);
      expect(response?.status()).toBe(200);
      // Runs in the page, where globalThis is its window.
      return await page.evaluate(
        (bearer) => (globalThis as unknown as { askLedger(token: string): Promise<never> }).askLedger(bearer),
        token,
      );
    } finally {
      await page.close();
    }
  }

  it('answers the page of an origin listed in CORS_ORIGINS, by POST and by GET', async () => {
    const board = { body: { bodyId: BODY, name: { name: 'Cross Origin Test Partnership Board', shortName: 'COTPB' } } };
    expect(await askFrom(listed.origin)).toEqual({ post: { status: 200, data: board }, get: { status: 200, data: board } });
  });

  it('leaves the page of an origin not listed without an answer: the browser refuses it', async () => {
    const refused = { refused: 'TypeError: Failed to fetch' };
    expect(await askFrom(unlisted.origin)).toEqual({ post: refused, get: refused });
  });
});
