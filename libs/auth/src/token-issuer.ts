import type { AuthSettings } from '@ledger/config';
import { SignJWT } from 'jose';
import type { Role } from './roles';
import { sharedSecret } from './token-keys';

/** Issues a token the API accepts: for development and tests, where the key is a shared secret. */
export async function issueToken(
  settings: AuthSettings,
  claims: { subject: string; role: Exclude<Role, 'public'>; bodies?: readonly string[]; expiresIn?: string },
): Promise<string> {
  const secret = await sharedSecret(settings.key);
  if (!secret) throw new Error('Tokens can only be issued here with a shared secret (AUTH_JWT_SECRET, or the development secret)');
  return new SignJWT({ role: claims.role, ...(claims.bodies && { bodies: [...claims.bodies] }) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
