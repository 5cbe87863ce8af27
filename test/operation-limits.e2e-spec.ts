import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';
import { tokenFor } from './support/test-auth';

/**
 * A client's mistakes are answered as such: HTTP 400 with a stable code, never a 500, and nothing
 * recorded. Operations cost what they can return, so a page of a hundred costs a hundred times one.
 */
describe('requests the API refuses before running them', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-operation-limits-'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir });
    const established = await api.graphql('mutation($i: EstablishBodyInput!) { establishBody(input: $i) { commandId } }', {
      i: { bodyId: 'limits-board', name: 'Limits Test Board', shortName: 'LTB' },
    });
    expect(established.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const token = await tokenFor('admin');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions.code, extensions: body.errors?.[0]?.extensions, body };
  };
  const logLength = async () => {
    const answer = await api.graphql<{ logEvents: unknown[] }>('{ logEvents(first: 1000) { position } }');
    return answer.data!.logEvents.length;
  };

  it.each([
    ['an enum value it does not have', 'query($o: ItemOrder) { meeting(meetingId: "x") { items(order: $o) { number } } }', { o: 'NOPE' }],
    ['an Int over 2^31', 'query($n: Int) { meetings(bodyId: "limits-board", first: $n) { edges { node { meetingId } } } }', { n: 2 ** 31 }],
    ['"NaN" for an Int', 'query($n: Int) { meetings(bodyId: "limits-board", first: $n) { edges { node { meetingId } } } }', { n: 'NaN' }],
    [
      'an input field it does not have',
      'mutation($i: EstablishBodyInput!) { establishBody(input: $i) { commandId } }',
      { i: { bodyId: 'another-board', name: 'Another Board', shortName: 'AB', colour: 'red' } },
    ],
  ])('answers a variable with %s with 400 and BAD_USER_INPUT, recording nothing', async (_, query, variables) => {
    const before = await logLength();
    const answer = await post(query, variables);
    expect([answer.status, answer.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await logLength()).toBe(before);
  });

  it.each([
    [
      'a NUL character in a variable',
      'mutation($i: EstablishBodyInput!) { establishBody(input: $i) { commandId } }',
      { i: { bodyId: 'nul-board', name: 'Nul\u0000Board', shortName: 'NB' } },
    ],
    [
      'an unpaired surrogate in a variable',
      'mutation($i: EstablishBodyInput!) { establishBody(input: $i) { commandId } }',
      { i: { bodyId: 'half-board', name: 'Half\ud800Board', shortName: 'HB' } },
    ],
    ['a NUL character written in the operation', 'query { meeting(meetingId: "a\\u0000b") { meetingId } }', undefined],
    ['a NUL character in a search', 'query { decisionRegister(search: "a\\u0000b") { edges { node { text } } } }', undefined],
  ])('answers %s with 400 and BAD_USER_INPUT, recording nothing', async (_, query, variables) => {
    const before = await logLength();
    const answer = await post(query, variables);
    expect([answer.status, answer.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await logLength()).toBe(before);
  });

  it('answers a subscription sent over HTTP with 400 and SUBSCRIPTION_OVER_HTTP', async () => {
    const answer = await post('subscription { bodyEvents(bodyId: "limits-board") { type } }');
    expect([answer.status, answer.code]).toEqual([400, 'SUBSCRIPTION_OVER_HTTP']);
  });

  it('answers an operation nested too deep with 400 and QUERY_TOO_DEEP', async () => {
    const deep = `{ bodies { ${'name { decision { meeting { body { '.repeat(4)}bodyId${' } } } }'.repeat(4)} } }`;
    const answer = await post(deep);
    expect([answer.status, answer.code]).toEqual([400, 'QUERY_TOO_DEEP']);
  });

  it('costs a page by the records it asks for: 200 copies of a page of 100 are refused with 400, QUERY_TOO_COMPLEX and the figures', async () => {
    const page = 'meetings(bodyId: "limits-board", first: 100) { edges { node { meetingId items { number title } } } }';
    const one = await post(`{ ${page} }`);
    expect(one.status).toBe(200);
    const aliases = Array.from({ length: 200 }, (_, index) => `m${index}: ${page}`).join(' ');
    const answer = await post(`{ ${aliases} }`);
    expect([answer.status, answer.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(answer.extensions).toEqual(expect.objectContaining({ complexity: expect.any(Number), maxComplexity: 20_000 }));
    expect(answer.extensions!.complexity as number).toBeGreaterThan(200 * 100);
  });

  it('refuses an operation with more fields than can be costed as too complex, not as an internal error', async () => {
    const fields = Array.from({ length: 12_000 }, (_, index) => `f${index}: __typename`).join(' ');
    const answer = await post(`{ ${fields} }`);
    expect([answer.status, answer.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });
});

describe('with introspection off', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-no-introspection-'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir, GRAPHQL_INTROSPECTION: 'off' });
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('spells out no part of the schema: no introspection, no "Did you mean", no IDE with example operations', async () => {
    const introspection = await api.graphql('{ __schema { types { name } } }', {}, 'public');
    expect(introspection.errors?.length).toBeGreaterThan(0);
    const misspelt = await api.graphql('{ bodie { bodyId } }', {}, 'public');
    expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean/);
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('ide-examples');
  });
});
