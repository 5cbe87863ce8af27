import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';

/** Requests the API cannot read are answered in GraphQL's shape: no HTML, no stack trace, whatever NODE_ENV. */
describe('unreadable requests', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-http-errors-'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir, NODE_ENV: 'development' });
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (body: string) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a malformed JSON body with 400 and BAD_REQUEST, and no stack trace', async () => {
    const response = await post('{"query": "{ serverInfo { version } }"');
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/node_modules|at\s+\S+\s+\(|<html/i);
  });

  it('answers a body too large with 413 and PAYLOAD_TOO_LARGE', async () => {
    const response = await post(JSON.stringify({ query: `{ serverInfo { version } } # ${'x'.repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers a refusal of a route that is not GraphQL as JSON, and an unknown route too, never as a page with a stack trace', async () => {
    const refusal = await fetch(`${api.url}/transparency/consistency-proof?from=abc`);
    const text = await refusal.text();
    expect(refusal.status).toBe(400);
    expect(refusal.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'from must be a whole number', extensions: { code: 'BAD_USER_INPUT' } }] });
    const unknown = await fetch(`${api.url}/no/such/route`);
    const unknownText = await unknown.text();
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/json');
    for (const body of [text, unknownText]) expect(body).not.toMatch(/node_modules|at\s+\S+\s+\(|<html/i);
  });

  it('does not say what it runs on', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
