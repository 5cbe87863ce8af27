import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentSecret, sharedSecret } from './token-keys';

describe('the development secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-dev-secret-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is made on first use, in a folder made for it, readable and writable by its owner only', async () => {
    const file = join(dir, 'data', 'development-jwt-secret');
    const secret = await developmentSecret(file);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(await readFile(file, 'utf8')).toBe(`${secret}\n`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('is the same on every later call, and the file is left as it was', async () => {
    const file = join(dir, 'development-jwt-secret');
    const first = await developmentSecret(file);
    const written = await stat(file);
    expect(await developmentSecret(file)).toBe(first);
    expect(await developmentSecret(file)).toBe(first);
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs);
  });

  it('is different for another data folder', async () => {
    expect(await developmentSecret(join(dir, 'a', 'secret'))).not.toBe(await developmentSecret(join(dir, 'b', 'secret')));
  });

  it('keeps a secret already in the file, without its surrounding white space', async () => {
    const file = join(dir, 'development-jwt-secret');
    await writeFile(file, '  a-secret-someone-put-there-by-hand-long-enough  \n');
    expect(await developmentSecret(file)).toBe('a-secret-someone-put-there-by-hand-long-enough');
  });

  it('is one secret for concurrent first calls (the API and the CLI starting together)', async () => {
    const file = join(dir, 'data', 'development-jwt-secret');
    const secrets = await Promise.all(Array.from({ length: 20 }, () => developmentSecret(file)));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).not.toBe('');
    expect(await readFile(file, 'utf8')).toBe(`${secrets[0]}\n`);
  });

  it('waits for a caller that has made the file and not yet written it, rather than taking an empty secret', async () => {
    // What another process's first call leaves for an instant: the file made (exclusively), its secret still to come.
    const file = join(dir, 'development-jwt-secret');
    await writeFile(file, '', { mode: 0o600 });
    const reading = developmentSecret(file);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await writeFile(file, 'the-secret-the-other-process-made-and-wrote\n');
    await expect(reading).resolves.toBe('the-secret-the-other-process-made-and-wrote');
  });

  it('reports why the file could not be made, rather than waiting for a secret nobody will write', async () => {
    const file = join(dir, 'x'.repeat(300));
    await expect(developmentSecret(file)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
  });

  it('refuses, naming the file, an empty file that nobody fills', async () => {
    const file = join(dir, 'development-jwt-secret');
    await writeFile(file, '\n', { mode: 0o600 });
    await expect(developmentSecret(file)).rejects.toThrow(`${file} is empty`);
  });
});

describe('the shared secret tokens are signed with', () => {
  it('is AUTH_JWT_SECRET when one is configured', async () => {
    await expect(sharedSecret({ kind: 'hs256', secret: 'a-test-secret-of-at-least-thirty-two-characters' })).resolves.toBe(
      'a-test-secret-of-at-least-thirty-two-characters',
    );
  });

  it('is the development secret when no key is configured', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-dev-secret-'));
    try {
      const secretFile = join(dir, 'development-jwt-secret');
      await expect(sharedSecret({ kind: 'development', secretFile })).resolves.toBe(await developmentSecret(secretFile));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is none with a public key or a key set: the private key is elsewhere', async () => {
    await expect(
      sharedSecret({ kind: 'rs256', publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----' }),
    ).resolves.toBeUndefined();
    await expect(sharedSecret({ kind: 'jwks', url: 'http://127.0.0.1:1/jwks.json' })).resolves.toBeUndefined();
  });
});
