import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CryptoKey,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  type JWTPayload,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import type { AuthSettings, TokenKey } from '@ledger/config';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const OTHER_SECRET = 'another-secret-of-at-least-thirty-two-characters';
// Issuer and audience differ, so that a verifier checking only one of them is caught.
const ISSUER = 'test-issuer';
const AUDIENCE = 'test-audience';

const settingsFor = (key: TokenKey, maxTokenHours = 24): AuthSettings => ({ key, issuer: ISSUER, audience: AUDIENCE, maxTokenHours });
const secondsNow = () => Math.floor(Date.now() / 1000);
const bytes = (text: string) => new TextEncoder().encode(text);

/** The claims of a token the verifier should accept; a test overrides one at a time (undefined leaves a claim out). */
function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = secondsNow();
  return { sub: 'clerk-1', role: 'clerk', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 3600, ...overrides };
}

const sign = (payload: JWTPayload, alg: string, key: CryptoKey | Uint8Array, kid?: string) =>
  new SignJWT(payload).setProtectedHeader({ alg, ...(kid && { kid }) }).sign(key);

/** A token with no signature at all ("alg": "none"). */
const unsigned = (payload: JWTPayload) => new UnsecuredJWT(payload).encode();

describe('TokenVerifier', () => {
  describe('with a shared secret (HS256, AUTH_JWT_SECRET)', () => {
    let verifier: TokenVerifier;
    beforeAll(async () => {
      verifier = await TokenVerifier.create(settingsFor({ kind: 'hs256', secret: SECRET }));
    });
    const hs256 = (payload: JWTPayload, secret = SECRET) => sign(payload, 'HS256', bytes(secret));

    it('accepts a token signed with the secret, for the issuer and audience, that expires within the configured lifetime', async () => {
      await expect(verifier.verify(await hs256(claims()))).resolves.toEqual({ id: 'clerk-1', role: 'clerk' });
    });

    it('refuses a token that decodes but is signed with another secret', async () => {
      await expect(verifier.verify(await hs256(claims(), OTHER_SECRET))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses a token whose claims were changed after it was signed', async () => {
      const [header, , signature] = (await hs256(claims())).split('.');
      const forgedPayload = Buffer.from(JSON.stringify(claims({ role: 'admin' }))).toString('base64url');
      await expect(verifier.verify(`${header}.${forgedPayload}.${signature}`)).rejects.toThrow(InvalidTokenError);
    });

    it('refuses an expired token', async () => {
      await expect(verifier.verify(await hs256(claims({ iat: secondsNow() - 7200, exp: secondsNow() - 60 })))).rejects.toThrow(/"exp"/);
    });

    it('refuses a token that is not valid yet (nbf in the future)', async () => {
      await expect(verifier.verify(await hs256(claims({ nbf: secondsNow() + 600 })))).rejects.toThrow(/"nbf"/);
    });

    it('refuses a token that never expires', async () => {
      await expect(verifier.verify(await hs256(claims({ exp: undefined })))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses a token from another issuer, or naming none', async () => {
      await expect(verifier.verify(await hs256(claims({ iss: 'someone-else' })))).rejects.toThrow(/"iss"/);
      await expect(verifier.verify(await hs256(claims({ iss: undefined })))).rejects.toThrow(/"iss"/);
    });

    it('refuses a token for another audience, or naming none', async () => {
      await expect(verifier.verify(await hs256(claims({ aud: 'another-service' })))).rejects.toThrow(/"aud"/);
      await expect(verifier.verify(await hs256(claims({ aud: undefined })))).rejects.toThrow(/"aud"/);
    });

    it('refuses an unsigned token (alg "none")', async () => {
      await expect(verifier.verify(unsigned(claims()))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses a token signed with the same secret by an algorithm it does not allow (HS512)', async () => {
      await expect(verifier.verify(await sign(claims(), 'HS512', bytes(SECRET)))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses what is not a token at all', async () => {
      await expect(verifier.verify('not-a-token')).rejects.toThrow(InvalidTokenError);
      await expect(verifier.verify('')).rejects.toThrow(InvalidTokenError);
    });

    describe('what a token must say of its caller', () => {
      it.each(['member', 'clerk', 'auditor', 'admin'])('accepts the role %s', async (role) => {
        await expect(verifier.verify(await hs256(claims({ role })))).resolves.toEqual({ id: 'clerk-1', role });
      });

      it('refuses the role "public": the public needs no token, and a token never grants less than a member', async () => {
        await expect(verifier.verify(await hs256(claims({ role: 'public' })))).rejects.toThrow(
          /role must be one of member, clerk, auditor, admin/,
        );
      });

      it.each([
        ['an unknown role', 'superuser'],
        ['a role in another case', 'Admin'],
        ['a role that is not a string', ['admin']],
        ['no role', undefined],
      ])('refuses %s', async (_, role) => {
        await expect(verifier.verify(await hs256(claims({ role })))).rejects.toThrow(/role must be one of/);
      });

      it.each([
        ['no subject', undefined],
        ['an empty subject', ''],
      ])('refuses %s', async (_, sub) => {
        await expect(verifier.verify(await hs256(claims({ sub })))).rejects.toThrow(
          expect.objectContaining({ name: 'InvalidTokenError', message: 'The bearer token was refused: it names no subject' }),
        );
      });

      it('reads the bodies a clerk records for', async () => {
        await expect(verifier.verify(await hs256(claims({ bodies: ['test-board', 'other-board'] })))).resolves.toEqual({
          id: 'clerk-1',
          role: 'clerk',
          bodies: ['test-board', 'other-board'],
        });
      });

      it('leaves bodies out when the token names none (every body)', async () => {
        expect(await verifier.verify(await hs256(claims()))).not.toHaveProperty('bodies');
      });

      it.each([
        ['a string, not a list', 'test-board'],
        ['a list with a number in it', ['test-board', 7]],
        ['a list with a list in it', [['test-board']]],
        ['an object', { 'test-board': true }],
        ['null', null],
      ])('refuses a bodies claim that is %s', async (_, bodies) => {
        await expect(verifier.verify(await hs256(claims({ bodies })))).rejects.toThrow(/bodies claim must be a list of body ids/);
      });
    });
  });

  describe('AUTH_MAX_TOKEN_HOURS', () => {
    const MAX_HOURS = 2;
    let verifier: TokenVerifier;
    // The verifier's clock, pinned to a whole second so that the boundary is exact.
    const now = Math.floor(Date.now() / 1000);
    beforeAll(async () => {
      verifier = await TokenVerifier.create(settingsFor({ kind: 'hs256', secret: SECRET }, MAX_HOURS));
    });
    beforeEach(() => {
      jest.spyOn(Date, 'now').mockReturnValue(now * 1000);
    });
    afterEach(() => {
      jest.restoreAllMocks();
    });
    const expiringIn = (seconds: number) => sign(claims({ iat: now, exp: now + seconds }), 'HS256', bytes(SECRET));

    it('accepts a token that expires exactly AUTH_MAX_TOKEN_HOURS from now', async () => {
      await expect(verifier.verify(await expiringIn(MAX_HOURS * 3600))).resolves.toEqual({ id: 'clerk-1', role: 'clerk' });
    });

    it('refuses a token that expires one second later than that', async () => {
      await expect(verifier.verify(await expiringIn(MAX_HOURS * 3600 + 1))).rejects.toThrow(
        'The bearer token was refused: it expires more than 2 hours from now (AUTH_MAX_TOKEN_HOURS)',
      );
    });

    it('refuses a token that lasts far longer, whenever it was issued', async () => {
      await expect(verifier.verify(await expiringIn(365 * 24 * 3600))).rejects.toThrow(/AUTH_MAX_TOKEN_HOURS/);
    });
  });

  describe('with an RSA public key (RS256, AUTH_PUBLIC_KEY)', () => {
    let privateKey: CryptoKey;
    let publicKeyPem: string;
    let otherPrivateKey: CryptoKey;
    let verifier: TokenVerifier;
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256', { extractable: true });
      privateKey = pair.privateKey;
      publicKeyPem = await exportSPKI(pair.publicKey);
      otherPrivateKey = (await generateKeyPair('RS256')).privateKey;
      verifier = await TokenVerifier.create(settingsFor({ kind: 'rs256', publicKeyPem }));
    });

    it('accepts a token signed with the private key', async () => {
      await expect(verifier.verify(await sign(claims({ role: 'auditor' }), 'RS256', privateKey))).resolves.toEqual({
        id: 'clerk-1',
        role: 'auditor',
      });
    });

    it('refuses a token signed with another private key', async () => {
      await expect(verifier.verify(await sign(claims(), 'RS256', otherPrivateKey))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses an HS256 token signed with the public key PEM as the secret (algorithm confusion)', async () => {
      await expect(verifier.verify(await sign(claims({ role: 'admin' }), 'HS256', bytes(publicKeyPem)))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses an unsigned token (alg "none")', async () => {
      await expect(verifier.verify(unsigned(claims()))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses a token signed with the same key by an algorithm it does not allow (RS384)', async () => {
      const rs384 = await importPKCS8(await exportPKCS8(privateKey), 'RS384');
      await expect(verifier.verify(await sign(claims(), 'RS384', rs384))).rejects.toThrow(InvalidTokenError);
    });

    it('checks issuer, audience and expiry as with a shared secret', async () => {
      await expect(verifier.verify(await sign(claims({ iss: 'someone-else' }), 'RS256', privateKey))).rejects.toThrow(/"iss"/);
      await expect(verifier.verify(await sign(claims({ aud: 'another-service' }), 'RS256', privateKey))).rejects.toThrow(/"aud"/);
      await expect(verifier.verify(await sign(claims({ exp: secondsNow() - 60 }), 'RS256', privateKey))).rejects.toThrow(/"exp"/);
    });
  });

  // jose's createRemoteJWKSet fetches http: URLs as readily as https: ones (it checks only that it is
  // given a URL), so a JWKS on 127.0.0.1 stands in for an identity provider here.
  describe('with a JSON Web Key Set fetched over http (AUTH_JWKS_URL)', () => {
    let server: Server;
    let url: string;
    let rsaKey: CryptoKey;
    let ecKey: CryptoKey;
    let strangerKey: CryptoKey;
    let publicKeyPem: string;
    let verifier: TokenVerifier;
    let requests = 0;

    beforeAll(async () => {
      const rsa = await generateKeyPair('RS256', { extractable: true });
      const ec = await generateKeyPair('ES256', { extractable: true });
      rsaKey = rsa.privateKey;
      ecKey = ec.privateKey;
      strangerKey = (await generateKeyPair('RS256')).privateKey;
      publicKeyPem = await exportSPKI(rsa.publicKey);
      // The keys carry no "alg": the verifier's own list of algorithms is all that stops another one.
      const jwks = JSON.stringify({
        keys: [
          { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-key', use: 'sig' },
          { ...(await exportJWK(ec.publicKey)), kid: 'ec-key', use: 'sig' },
        ],
      });
      server = createServer((request, response) => {
        requests += 1;
        response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      verifier = await TokenVerifier.create(settingsFor({ kind: 'jwks', url }));
    });

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
    });

    it('accepts an RS256 token signed with a key of the set, fetching the set from the URL', async () => {
      await expect(verifier.verify(await sign(claims({ role: 'member' }), 'RS256', rsaKey, 'rsa-key'))).resolves.toEqual({
        id: 'clerk-1',
        role: 'member',
      });
      expect(requests).toBeGreaterThan(0);
    });

    it('accepts an ES256 token signed with a key of the set', async () => {
      await expect(verifier.verify(await sign(claims(), 'ES256', ecKey, 'ec-key'))).resolves.toEqual({ id: 'clerk-1', role: 'clerk' });
    });

    it('refuses a token signed with a key outside the set, whether it names a key of the set or none', async () => {
      await expect(verifier.verify(await sign(claims(), 'RS256', strangerKey, 'rsa-key'))).rejects.toThrow(InvalidTokenError);
      await expect(verifier.verify(await sign(claims(), 'RS256', strangerKey, 'unknown-key'))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses a token signed with a key of the set by an algorithm it does not allow (RS384)', async () => {
      const rs384 = await importPKCS8(await exportPKCS8(rsaKey), 'RS384');
      await expect(verifier.verify(await sign(claims(), 'RS384', rs384, 'rsa-key'))).rejects.toThrow(InvalidTokenError);
    });

    it('refuses an HS256 token signed with a public key of the set as the secret (algorithm confusion)', async () => {
      await expect(verifier.verify(await sign(claims({ role: 'admin' }), 'HS256', bytes(publicKeyPem), 'rsa-key'))).rejects.toThrow(
        InvalidTokenError,
      );
    });

    it('refuses an unsigned token (alg "none")', async () => {
      await expect(verifier.verify(unsigned(claims()))).rejects.toThrow(InvalidTokenError);
    });

    it('checks issuer, audience and the caller claims as with a shared secret', async () => {
      await expect(verifier.verify(await sign(claims({ iss: 'someone-else' }), 'RS256', rsaKey, 'rsa-key'))).rejects.toThrow(/"iss"/);
      await expect(verifier.verify(await sign(claims({ aud: 'another-service' }), 'RS256', rsaKey, 'rsa-key'))).rejects.toThrow(/"aud"/);
      await expect(verifier.verify(await sign(claims({ role: 'public' }), 'RS256', rsaKey, 'rsa-key'))).rejects.toThrow(
        /role must be one of/,
      );
    });
  });
});
