import { readFile } from 'node:fs/promises';
import type { SignedTreeHead } from '@ledger/transparency';

const HEX_64 = /^[0-9a-f]{64}$/;

async function readJson(file: string, what: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read the ${what} ${file}: ${error.code ?? error.message}`);
  });
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new Error(`The ${what} ${file} is not a JSON object`);
  }
}

/** A tree head as `tree-head` writes it (or the API's /transparency/tree-head answers). */
export async function readTreeHeadFile(file: string): Promise<SignedTreeHead> {
  const head = await readJson(file, 'tree head');
  const { treeSize, rootHash, timestamp, signature, keyId } = head;
  if (!Number.isSafeInteger(treeSize) || (treeSize as number) < 0) throw new Error(`The tree head ${file} has no treeSize`);
  if (typeof rootHash !== 'string' || !HEX_64.test(rootHash)) throw new Error(`The tree head ${file} has no rootHash of 64 hex digits`);
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || typeof keyId !== 'string') {
    throw new Error(`The tree head ${file} lacks its timestamp, signature or keyId`);
  }
  return { treeSize: treeSize as number, rootHash, timestamp, signature, keyId };
}

export interface ProofFile {
  readonly leafHash?: string;
  readonly leafIndex?: number;
  readonly treeSize?: number;
  readonly auditPath?: string[];
  readonly fromSize?: number;
  readonly toSize?: number;
  readonly path?: string[];
}

/** An inclusion or consistency proof as the API answers it. */
export async function readProofFile(file: string): Promise<ProofFile> {
  const proof = await readJson(file, 'proof');
  for (const list of ['auditPath', 'path'] as const) {
    const hashes = proof[list];
    if (hashes !== undefined && (!Array.isArray(hashes) || hashes.some((hash) => typeof hash !== 'string' || !HEX_64.test(hash)))) {
      throw new Error(`The proof ${file} has a ${list} that is not a list of 64-hex-digit hashes`);
    }
  }
  return proof as ProofFile;
}
