import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TokenKey } from '@ledger/config';

/**
 * The development secret: made once, kept in the data folder (readable by its owner only), so that
 * the API and the CLI's `token` command agree without any configuration on a newcomer's machine.
 */
export async function developmentSecret(secretFile: string): Promise<string> {
  const existing = await readFile(secretFile, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  await mkdir(dirname(secretFile), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(secretFile, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(secretFile, 'utf8')).trim();
}

/** The HS256 secret tokens are signed with, when the key is a shared secret. */
export async function sharedSecret(key: TokenKey): Promise<string | undefined> {
  if (key.kind === 'hs256') return key.secret;
  if (key.kind === 'development') return developmentSecret(key.secretFile);
  return undefined;
}
