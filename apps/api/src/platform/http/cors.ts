import cors from 'cors';
import type { RequestHandler } from 'express';
import { PREFLIGHT_HEADERS } from './cross-site-posts';

/** What a GraphQL client's page sends besides the CORS-safelisted headers. */
export const GRAPHQL_REQUEST_HEADERS = [
  'content-type',
  'authorization',
  ...PREFLIGHT_HEADERS,
  'apollographql-client-name',
  'apollographql-client-version',
  'x-correlation-id',
] as const;

/** Headers a page may read from an answer, besides the safelisted ones. */
const EXPOSED_HEADERS = ['etag', 'x-correlation-id'];

/** How long a browser may reuse a preflight's answer, in seconds (browsers cap it at two hours at most). */
const PREFLIGHT_MAX_AGE = 600;

/**
 * CORS for the GraphQL endpoint: the pages of the listed origins may call it, with the headers a
 * GraphQL client sends; every other origin is answered without Access-Control-Allow-Origin, so its
 * browser keeps the answer from it. Preflights are answered here (204) and never reach GraphQL.
 * Answers vary by Origin. No credentials (cookies): callers authenticate with bearer tokens.
 */
export function graphqlCors(allowedOrigins: readonly string[]): RequestHandler {
  return cors({
    origin: [...allowedOrigins],
    methods: ['GET', 'POST'],
    allowedHeaders: [...GRAPHQL_REQUEST_HEADERS],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  });
}

/**
 * CORS for open data (OParl, feeds): any page may read it (`Access-Control-Allow-Origin: *`, which
 * the OParl specification requires). It is public and read-only; no credentials are involved.
 */
export const openDataCors: RequestHandler = cors({
  origin: '*',
  methods: ['GET', 'HEAD'],
  exposedHeaders: EXPOSED_HEADERS,
  maxAge: PREFLIGHT_MAX_AGE,
});
