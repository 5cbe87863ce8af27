import { randomUUID } from 'node:crypto';
import type { Caller, TokenVerifier } from '@ledger/auth';
import type { Request, Response } from 'express';
import { callerOf } from '../auth/caller-of';

/** What every resolver may know about the request it serves. */
export interface RequestContext {
  /** Absent for operations over a WebSocket (subscriptions). */
  readonly req?: Request;
  readonly res?: Response;
  /** Ties the client's answer to the server's log lines; sent back in the x-correlation-id header. */
  readonly correlationId: string;
  /** Who is asking: from the verified bearer token, or the public. */
  readonly caller: Caller;
}

const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The shape Apollo (HTTP) and graphql-ws (WebSocket) hand to the context function. */
interface TransportContext {
  readonly req?: Request;
  readonly res?: Response;
  readonly connectionParams?: Readonly<Record<string, unknown>>;
}

/** Keeps a caller's well-formed correlation id, so that its traces join ours; otherwise makes one. */
export function requestContextFactory(verifier: TokenVerifier) {
  return async ({ req, res, connectionParams }: TransportContext): Promise<RequestContext> => {
    const offered = req?.header(CORRELATION_HEADER);
    const correlationId = offered && ACCEPTABLE_CORRELATION_ID.test(offered) ? offered : randomUUID();
    res?.setHeader(CORRELATION_HEADER, correlationId);
    const authorization = req ? req.header('authorization') : (connectionParams?.authorization ?? connectionParams?.Authorization);
    return { req, res, correlationId, caller: await callerOf(authorization, verifier) };
  };
}
