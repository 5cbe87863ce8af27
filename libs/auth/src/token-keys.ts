import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TokenKey } from '@ledger/config';

/** How long to wait for another caller that made the secret file to write the secret in it. */
const SECRET_WRITE_WAIT_MS = 2000;

const readSecret = async (secretFile: string) => (await readFile(secretFile, 'utf8').catch(() => undefined))?.trim();

/**
 * The development secret: made once, kept in the data folder (readable by its owner only), so that
 * the API and the CLI's `token` command agree without any configuration on a newcomer's machine.
 */
export async function developmentSecret(secretFile: string): Promise<string> {
  const existing = await readSecret(secretFile);
  if (existing) return existing;
  await mkdir(dirname(secretFile), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(secretFile, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  // The file holds this secret, or that of another caller (the API, or the CLI in another process) that
  // made it first: empty from then until that caller has written its secret, which must not be taken for it.
  for (let waited = 0; waited < SECRET_WRITE_WAIT_MS; waited += 20) {
    const written = await readSecret(secretFile);
    if (written) return written;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${secretFile} is empty: delete it, and a new development secret will be made`);
}

/** The HS256 secret tokens are signed with, when the key is a shared secret. */
export async function sharedSecret(key: TokenKey): Promise<string | undefined> {
  if (key.kind === 'hs256') return key.secret;
  if (key.kind === 'development') return developmentSecret(key.secretFile);
  return undefined;
}
