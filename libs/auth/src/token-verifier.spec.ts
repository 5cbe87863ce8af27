import { SignJWT } from 'jose';
import type { AuthSettings } from '@ledger/config';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const settings: AuthSettings = { key: { kind: 'hs256', secret: SECRET }, issuer: 'governance-ledger', audience: 'governance-ledger', maxTokenHours: 24 };

const token = (build: (jwt: SignJWT) => SignJWT, secret = SECRET) =>
  build(new SignJWT({ role: 'clerk' }).setProtectedHeader({ alg: 'HS256' }).setSubject('clerk-1').setIssuer('governance-ledger').setAudience('governance-ledger').setIssuedAt()).sign(
    new TextEncoder().encode(secret),
  );

describe('bearer tokens', () => {
  let verifier: TokenVerifier;
  beforeAll(async () => {
    verifier = await TokenVerifier.create(settings);
  });

  it('accepts a token that expires within the configured lifetime', async () => {
    await expect(verifier.verify(await token((jwt) => jwt.setExpirationTime('8h')))).resolves.toEqual({ id: 'clerk-1', role: 'clerk' });
  });

  it('refuses a token that never expires', async () => {
    await expect(verifier.verify(await token((jwt) => jwt))).rejects.toThrow(InvalidTokenError);
  });

  it('refuses a token that stays valid longer than AUTH_MAX_TOKEN_HOURS', async () => {
    await expect(verifier.verify(await token((jwt) => jwt.setExpirationTime('48h')))).rejects.toThrow(/more than 24 hours/);
  });

  it('refuses an expired token, and one signed with another key', async () => {
    await expect(verifier.verify(await token((jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60)))).rejects.toThrow(InvalidTokenError);
    await expect(verifier.verify(await token((jwt) => jwt.setExpirationTime('1h'), 'another-secret-of-at-least-thirty-two-characters'))).rejects.toThrow(InvalidTokenError);
  });
});
