import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TreeHeadKey } from '@ledger/config';
import { privateKeyFromPem } from '@ledger/transparency';

/**
 * The key tree heads are signed with. Without one configured, a key is made once and kept in the data
 * folder (readable by its owner only), like the development token secret: fine for trying the ledger,
 * while an operator publishes the public key of a configured one.
 */
export async function loadTreeHeadKey(key: TreeHeadKey): Promise<KeyObject> {
  const pem = key.kind === 'pem' ? key.pem : await developmentKey(key.keyFile);
  const privateKey = privateKeyFromPem(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('TREE_HEAD_SIGNING_KEY must be an Ed25519 private key');
  return privateKey;
}

async function developmentKey(keyFile: string): Promise<string> {
  const existing = await readFile(keyFile, 'utf8').catch(() => undefined);
  if (existing?.includes('PRIVATE KEY')) return existing;
  await mkdir(dirname(keyFile), { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await writeFile(keyFile, pem, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return readFile(keyFile, 'utf8');
}
