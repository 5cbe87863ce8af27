import type { AuthSettings } from '@ledger/config';
import { createRemoteJWKSet, importSPKI, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { type Caller, ROLES, type Role } from './roles';
import { sharedSecret } from './token-keys';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`The bearer token was refused: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

type Key = Uint8Array | Awaited<ReturnType<typeof importSPKI>> | JWTVerifyGetKey;

/** Verifies bearer tokens (signature, issuer, audience, expiry) and reads the caller from them. */
export class TokenVerifier {
  private constructor(
    private readonly key: Key,
    private readonly algorithms: string[],
    private readonly settings: AuthSettings,
  ) {}

  static async create(settings: AuthSettings): Promise<TokenVerifier> {
    const { key } = settings;
    if (key.kind === 'rs256') return new TokenVerifier(await importSPKI(key.publicKeyPem, 'RS256'), ['RS256'], settings);
    if (key.kind === 'jwks') return new TokenVerifier(createRemoteJWKSet(new URL(key.url)), ['RS256', 'ES256', 'PS256'], settings);
    return new TokenVerifier(new TextEncoder().encode(await sharedSecret(key)), ['HS256'], settings);
  }

  async verify(token: string): Promise<Caller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as never, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: this.algorithms,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'it could not be verified');
    }
    // A token that stays valid longer than the configured lifetime is as good as one that never expires.
    const hoursLeft = (payload.exp! * 1000 - Date.now()) / 3_600_000;
    if (hoursLeft > this.settings.maxTokenHours) {
      throw new InvalidTokenError(`it expires more than ${this.settings.maxTokenHours} hours from now (AUTH_MAX_TOKEN_HOURS)`);
    }
    return callerOf(payload);
  }
}

function callerOf(payload: JWTPayload): Caller {
  const role = payload.role;
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidTokenError('it names no subject');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || role === 'public') {
    throw new InvalidTokenError(`its role must be one of ${ROLES.filter((r) => r !== 'public').join(', ')}`);
  }
  const bodies = payload.bodies;
  if (bodies !== undefined && !(Array.isArray(bodies) && bodies.every((body) => typeof body === 'string'))) {
    throw new InvalidTokenError('its bodies claim must be a list of body ids');
  }
  return { id: payload.sub, role: role as Role, ...(bodies !== undefined && { bodies: bodies as string[] }) };
}
