import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';
import { send, settleAll } from './support/graphql-client';
import { metricSamples } from './support/metrics';
import { tokenFor } from './support/test-auth';
import { waitFor } from './support/wait-for';

const ALLOWED_ORIGIN = 'https://council.example.org';
const OTHER_ORIGIN = 'https://elsewhere.example.net';
const BODY = 'http-caching-board';
const SECOND_BODY = 'http-caching-second-board';

const BOARD_QUERY = `query HttpCachingBoard { body(bodyId: "${BODY}") { bodyId name { name shortName } } }`;
const BODIES_QUERY = 'query HttpCachingBodies { bodies { bodyId } }';

const varyOf = (response: Response) => (response.headers.get('vary') ?? '').split(',').map((field) => field.trim().toLowerCase());

/** Browsers and caches: CORS, GET queries without a preflight header, entity tags, 304s and Cache-Control. */
describe('HTTP for browsers and caches', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-http-caching-'));
  let api: RunningApi;

  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...headers } });

  const headPosition = async () =>
    (await api.graphql<{ serverInfo: { headPosition: string | null } }>('{ serverInfo { headPosition } }')).data!.serverInfo.headPosition;

  const bodyExists = async (bodyId: string) =>
    (await api.graphql<{ body: { bodyId: string } | null }>(`{ body(bodyId: "${bodyId}") { bodyId } }`)).data!.body !== null;

  /** The tag of a GET once the ledger has stopped moving under it: two answers in a row carry it. */
  const steadyTag = (query: string, headers: Record<string, string> = {}) => {
    let previous: string | null = null;
    return waitFor(
      async () => {
        const response = await get(query, headers);
        await response.text();
        const tag = response.headers.get('etag');
        const steady = tag !== null && tag === previous && tag;
        previous = tag;
        return steady;
      },
      { what: `a steady tag for ${query}` },
    );
  };

  /** How many times the operation has been run (the metrics count every GraphQL operation Apollo executes). */
  const timesRun = async (operationName: string) => {
    const samples = metricSamples(await (await fetch(`${api.url}/metrics`)).text(), 'ledger_graphql_operation_duration_seconds_count');
    return [...samples]
      .filter(([labels]) => labels.includes(`operation_name="${operationName}"`))
      .reduce((sum, [, count]) => sum + count, 0);
  };

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir, CORS_ORIGINS: `${ALLOWED_ORIGIN}, http://127.0.0.1:1` });
    const { errors } = await send(api, {
      mutation: 'establishBody',
      input: { bodyId: BODY, name: 'Caching Test Partnership Board', shortName: 'CTPB' },
    });
    expect(errors).toBeUndefined();
    // Through the process manager and the read models before the first GET, so that nothing moves under the tags below.
    await settleAll(api);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a plain GET query without any preflight header, tagged, to be checked again before each use', async () => {
    const response = await get(BOARD_QUERY);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { body: { bodyId: BODY, name: { name: 'Caching Test Partnership Board', shortName: 'CTPB' } } },
    });
    expect(response.headers.get('etag')).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(varyOf(response)).toEqual(expect.arrayContaining(['authorization', 'accept']));
  });

  it('answers a repeated GET whose tag still holds with 304 and no body, without running the query again', async () => {
    const tag = await steadyTag(BOARD_QUERY);
    const runsBefore = await timesRun('HttpCachingBoard');

    const again = await get(BOARD_QUERY, { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(varyOf(again)).toEqual(expect.arrayContaining(['authorization']));
    expect(await timesRun('HttpCachingBoard')).toBe(runsBefore);

    // Among other tags, or in its strong form, it still matches; another tag does not.
    expect((await get(BOARD_QUERY, { 'if-none-match': `W/"other", ${tag.slice(2)}` })).status).toBe(304);
    const otherTag = await get(BOARD_QUERY, { 'if-none-match': 'W/"other"' });
    expect(otherTag.status).toBe(200);
    expect(otherTag.headers.get('etag')).toBe(tag);
    await otherTag.text();
    expect(await timesRun('HttpCachingBoard')).toBe(runsBefore + 1);
  });

  it('gives a GET a new tag when a write changes its answer', async () => {
    const tagBefore = await steadyTag(BODIES_QUERY);
    expect(await (await get(BODIES_QUERY)).json()).toEqual({ data: { bodies: [{ bodyId: BODY }] } });

    const { errors } = await send(api, {
      mutation: 'establishBody',
      input: { bodyId: SECOND_BODY, name: 'Second Caching Test Board', shortName: 'SCTB' },
    });
    expect(errors).toBeUndefined();
    // The write moved the log's head: the old tag no longer holds, even before the read models show the write.
    const atOnce = await get(BODIES_QUERY, { 'if-none-match': tagBefore });
    expect(atOnce.status).toBe(200);
    expect(atOnce.headers.get('etag')).not.toBe(tagBefore);
    await atOnce.text();

    await settleAll(api);
    const tagAfter = await steadyTag(BODIES_QUERY);
    expect(tagAfter).not.toBe(tagBefore);
    const after = await get(BODIES_QUERY, { 'if-none-match': tagBefore });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe(tagAfter);
    expect(await after.json()).toEqual({ data: { bodies: [{ bodyId: BODY }, { bodyId: SECOND_BODY }] } });
    expect((await get(BODIES_QUERY, { 'if-none-match': tagAfter })).status).toBe(304);
  });

  it("tags a caller's own answer apart from the public's, and keeps it private", async () => {
    const authorization = `Bearer ${await tokenFor('member')}`;
    const publicTag = await steadyTag(BOARD_QUERY);

    const own = await get(BOARD_QUERY, { authorization });
    expect(own.status).toBe(200);
    const ownTag = own.headers.get('etag')!;
    expect(ownTag).toMatch(/^W\//);
    expect(ownTag).not.toBe(publicTag);
    expect(own.headers.get('cache-control')).toBe('private, no-cache');
    expect(varyOf(own)).toEqual(expect.arrayContaining(['authorization']));

    const notTheirs = await get(BOARD_QUERY, { authorization, 'if-none-match': publicTag });
    expect(notTheirs.status).toBe(200);
    await notTheirs.text();
    const again = await get(BOARD_QUERY, { authorization, 'if-none-match': ownTag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('gives no tag to an answer with errors, or with a status other than 200', async () => {
    const timedOut = await get(`{ body(bodyId: "${BODY}", waitForPosition: "999999999", waitTimeoutMs: 1) { bodyId } }`);
    expect(timedOut.status).toBe(200);
    const answer = (await timedOut.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors.map((error) => error.extensions.code)).toEqual(['READ_MODEL_TIMEOUT']);
    expect(timedOut.headers.get('etag')).toBeNull();
    expect(timedOut.headers.get('cache-control')).toBe('no-store');

    const unparsable = await get('{ body(');
    expect(unparsable.status).toBe(400);
    await unparsable.text();
    expect(unparsable.headers.get('etag')).toBeNull();
    expect(unparsable.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a mutation over GET and records nothing', async () => {
    const head = await headPosition();
    const response = await get(
      'mutation { establishBody(input: { bodyId: "http-caching-get-board", name: "Board Made By GET", shortName: "BMBG" }) { position } }',
      { authorization: `Bearer ${await tokenFor('admin')}` },
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('etag')).toBeNull();
    const answer = (await response.json()) as { errors: { message: string }[] };
    expect(answer.errors.map((error) => error.message)).toEqual(['GET requests only support query operations, not mutation operations']);
    expect(await headPosition()).toBe(head);
    expect(await bodyExists('http-caching-get-board')).toBe(false);
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('refuses a POST of %s with 400 in GraphQL shape, and runs nothing', async (_, contentType) => {
    const head = await headPosition();
    const mutation =
      'mutation { establishBody(input: { bodyId: "http-caching-forged-board", name: "Forged Board", shortName: "FB" }) { position } }';
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${await tokenFor('admin')}`, origin: OTHER_ORIGIN },
      body:
        contentType === 'application/x-www-form-urlencoded'
          ? new URLSearchParams({ query: mutation }).toString()
          : JSON.stringify({ query: mutation }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringContaining('content-type application/json'), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(await headPosition()).toBe(head);
    expect(await bodyExists('http-caching-forged-board')).toBe(false);
  });

  describe('CORS', () => {
    const preflight = (origin: string, path = '/graphql') =>
      fetch(`${api.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization,apollo-require-preflight',
        },
      });

    it('lets a listed origin send a GraphQL client its headers, after a preflight', async () => {
      const response = await preflight(ALLOWED_ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
      expect(response.headers.get('access-control-allow-headers')!.split(',')).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(varyOf(response)).toContain('origin');
    });

    it("lets a listed origin's page read answers to POST and GET, and revalidate them", async () => {
      const post = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
        body: JSON.stringify({ query: BOARD_QUERY }),
      });
      expect(post.status).toBe(200);
      expect(post.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(post.headers.get('access-control-expose-headers')).toBe('etag,x-correlation-id');
      expect(varyOf(post)).toContain('origin');
      await post.text();

      const first = await get(BOARD_QUERY, { origin: ALLOWED_ORIGIN });
      expect(first.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      await first.text();
      const again = await get(BOARD_QUERY, {
        origin: ALLOWED_ORIGIN,
        'if-none-match': await steadyTag(BOARD_QUERY, { origin: ALLOWED_ORIGIN }),
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(varyOf(again)).toEqual(expect.arrayContaining(['origin', 'authorization']));
    });

    it('gives any other origin no Access-Control-Allow-Origin, so its browser keeps the answer from it', async () => {
      const refusedPreflight = await preflight(OTHER_ORIGIN);
      expect(refusedPreflight.headers.get('access-control-allow-origin')).toBeNull();
      const lookalike = await preflight(`${ALLOWED_ORIGIN}.elsewhere.example.net`);
      expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();
      const response = await get(BOARD_QUERY, { origin: OTHER_ORIGIN });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(varyOf(response)).toContain('origin');
    });

    it.each(['/oparl/v1.1/system', '/feeds/bodies'])('lets any origin read %s (open data)', async (path) => {
      const response = await fetch(`${api.url}${path}`, { headers: { origin: OTHER_ORIGIN } });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      await response.text();
      const options = await preflight(OTHER_ORIGIN, path);
      expect(options.status).toBe(204);
      expect(options.headers.get('access-control-allow-origin')).toBe('*');
    });
  });
});
