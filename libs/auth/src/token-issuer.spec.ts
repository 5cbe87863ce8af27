import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { AuthSettings, TokenKey } from '@ledger/config';
import { issueToken } from './token-issuer';
import { TokenVerifier } from './token-verifier';

const settingsFor = (key: TokenKey): AuthSettings => ({ key, issuer: 'test-issuer', audience: 'test-audience', maxTokenHours: 24 });
const HS256 = settingsFor({ kind: 'hs256', secret: 'a-test-secret-of-at-least-thirty-two-characters' });

describe('issuing a token (for development and tests)', () => {
  it('issues an HS256 token the verifier of the same settings accepts, naming the subject, role and bodies', async () => {
    const token = await issueToken(HS256, { subject: 'clerk-7', role: 'clerk', bodies: ['test-board'] });
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    await expect((await TokenVerifier.create(HS256)).verify(token)).resolves.toEqual({
      id: 'clerk-7',
      role: 'clerk',
      bodies: ['test-board'],
    });
  });

  it('names no bodies unless asked to', async () => {
    expect(decodeJwt(await issueToken(HS256, { subject: 'admin-1', role: 'admin' }))).not.toHaveProperty('bodies');
  });

  it('names the configured issuer and audience', async () => {
    expect(decodeJwt(await issueToken(HS256, { subject: 'member-1', role: 'member' }))).toMatchObject({
      iss: 'test-issuer',
      aud: 'test-audience',
    });
  });

  it('lasts 8 hours unless told otherwise', async () => {
    const standard = decodeJwt(await issueToken(HS256, { subject: 'member-1', role: 'member' }));
    const short = decodeJwt(await issueToken(HS256, { subject: 'member-1', role: 'member', expiresIn: '30m' }));
    expect(standard.exp! - standard.iat!).toBe(8 * 3600);
    expect(short.exp! - short.iat!).toBe(30 * 60);
  });

  it('signs with the development secret when no key is configured, so the API of the same data folder accepts it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-issuer-'));
    try {
      const settings = settingsFor({ kind: 'development', secretFile: join(dir, 'development-jwt-secret') });
      const token = await issueToken(settings, { subject: 'auditor-1', role: 'auditor' });
      await expect((await TokenVerifier.create(settings)).verify(token)).resolves.toEqual({ id: 'auditor-1', role: 'auditor' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each<[string, TokenKey]>([
    ['a public key (RS256)', { kind: 'rs256', publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----' }],
    ['a key set (JWKS)', { kind: 'jwks', url: 'http://127.0.0.1:1/jwks.json' }],
  ])('refuses to issue when the key is %s: only a shared secret signs here', async (_, key) => {
    await expect(issueToken(settingsFor(key), { subject: 'clerk-1', role: 'clerk' })).rejects.toThrow(
      'Tokens can only be issued here with a shared secret (AUTH_JWT_SECRET, or the development secret)',
    );
  });
});
