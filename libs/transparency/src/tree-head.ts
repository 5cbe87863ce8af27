import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/** The state of the log at a moment: how many events, and the Merkle root over them. */
export interface TreeHead {
  readonly treeSize: number;
  /** The root hash, 64 lower-case hex digits. */
  readonly rootHash: string;
  /** When the head was signed, ISO 8601 in UTC. */
  readonly timestamp: string;
}

export interface SignedTreeHead extends TreeHead {
  /** The Ed25519 signature over `treeHeadMessage`, base64. */
  readonly signature: string;
  /** SHA-256 of the public key's DER (SubjectPublicKeyInfo), hex: which key signed. */
  readonly keyId: string;
}

/**
 * The bytes a tree head's signature covers: the UTF-8 of four lines, each ending in a line feed:
 * `governance-ledger tree head v1`, the tree size in decimal, the root hash in lower-case hex, the
 * timestamp as given.
 */
export function treeHeadMessage(head: TreeHead): Buffer {
  return Buffer.from(`governance-ledger tree head v1\n${head.treeSize}\n${head.rootHash}\n${head.timestamp}\n`, 'utf8');
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signTreeHead(head: TreeHead, privateKey: KeyObject): SignedTreeHead {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('Tree heads are signed with an Ed25519 key');
  const signature = sign(null, treeHeadMessage(head), privateKey).toString('base64');
  return { ...head, signature, keyId: keyIdOf(createPublicKey(privateKey)) };
}

/** Whether the head was signed by the holder of this public key, and is well formed. */
export function verifyTreeHead(head: SignedTreeHead, publicKey: KeyObject): boolean {
  if (publicKey.asymmetricKeyType !== 'ed25519') return false;
  if (!Number.isSafeInteger(head.treeSize) || head.treeSize < 0 || !/^[0-9a-f]{64}$/.test(head.rootHash)) return false;
  return verify(null, treeHeadMessage(head), publicKey, Buffer.from(head.signature, 'base64'));
}

export function publicKeyFromPem(pem: string): KeyObject {
  return createPublicKey(pem);
}

export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem);
}
