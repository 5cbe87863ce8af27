import { InvalidTokenError, PUBLIC_CALLER, type Caller, type TokenVerifier } from '@ledger/auth';
import { GraphQLError } from 'graphql';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The caller named by an Authorization header (HTTP) or connection parameter (WebSocket); the
 * public when there is none. A token that does not verify is refused outright, never downgraded.
 */
export async function callerOf(authorization: unknown, verifier: TokenVerifier): Promise<Caller> {
  if (authorization === undefined || authorization === null || authorization === '') return PUBLIC_CALLER;
  const token = typeof authorization === 'string' ? BEARER.exec(authorization.trim())?.[1] : undefined;
  if (!token) throw unauthenticated('Authorization must be "Bearer <token>"');
  try {
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
