import { generateKeyPairSync } from 'node:crypto';
import { EMPTY_TREE_HASH, leafHash, MerkleLog } from './merkle-tree';
import { signTreeHead, verifyTreeHead } from './tree-head';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

/** The eight leaves of the Certificate Transparency reference tests, and the roots of their prefixes. */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  Buffer.from(hex, 'hex'),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const logOf = (count: number) => {
  const log = new MerkleLog();
  for (let index = 0; index < count; index++) log.append(leafHash(Buffer.from(`event ${index}`)));
  return log;
};

describe('the Merkle tree over the log', () => {
  const reference = new MerkleLog();
  LEAVES.forEach((leaf) => reference.append(leafHash(leaf)));

  it('gives the reference roots for every prefix of the reference leaves, and SHA-256 of nothing for none', () => {
    expect(ROOTS.map((_, index) => reference.root(index + 1).toString('hex'))).toEqual(ROOTS);
    expect(reference.root(0)).toEqual(EMPTY_TREE_HASH);
    expect(EMPTY_TREE_HASH.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('proves every leaf in every tree that holds it, and no leaf at another index or under another root', () => {
    const log = logOf(21);
    for (let size = 1; size <= 21; size++) {
      const root = log.root(size);
      for (let index = 0; index < size; index++) {
        const path = log.inclusionProof(index, size);
        expect(verifyInclusion(log.leaf(index), index, size, path, root)).toBe(true);
        if (size > 1) expect(verifyInclusion(log.leaf(index), (index + 1) % size, size, path, root)).toBe(false);
        expect(verifyInclusion(log.leaf(index), index, size, path, log.root(size === 21 ? 20 : size + 1))).toBe(false);
      }
    }
  });

  it('proves every earlier tree a prefix of every later one', () => {
    const log = logOf(21);
    for (let to = 0; to <= 21; to++) {
      for (let from = 0; from <= to; from++) {
        expect(verifyConsistency(from, to, log.root(from), log.root(to), log.consistencyProof(from, to))).toBe(true);
      }
    }
  });

  it('detects a log that lost its newest event, or had one rewritten, against a head kept before', () => {
    const log = logOf(12);
    const kept = { size: 12, root: log.root(12) };
    const truncated = logOf(11);
    expect(truncated.size < kept.size).toBe(true);
    expect(truncated.root(11).equals(kept.root)).toBe(false);
    const rewritten = new MerkleLog();
    for (let index = 0; index < 12; index++) rewritten.append(leafHash(Buffer.from(index === 5 ? 'rewritten' : `event ${index}`)));
    rewritten.append(leafHash(Buffer.from('event 12')));
    const proof = rewritten.consistencyProof(12, 13);
    expect(verifyConsistency(kept.size, 13, kept.root, rewritten.root(13), proof)).toBe(false);
  });

  it('refuses proofs about leaves or sizes the log does not hold', () => {
    const log = logOf(4);
    expect(() => log.inclusionProof(4, 4)).toThrow(RangeError);
    expect(() => log.root(5)).toThrow(RangeError);
    expect(() => log.consistencyProof(5, 4)).toThrow(RangeError);
    expect(verifyConsistency(3, 4, log.root(3), log.root(4), [])).toBe(false);
  });
});

describe('signed tree heads', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const head = { treeSize: 8, rootHash: ROOTS[7]!, timestamp: '2026-12-02T10:00:00.000Z' };

  it('verify against the key that signed them, and no other', () => {
    const signed = signTreeHead(head, privateKey);
    expect(verifyTreeHead(signed, publicKey)).toBe(true);
    expect(verifyTreeHead(signed, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('do not verify once any figure is changed', () => {
    const signed = signTreeHead(head, privateKey);
    expect(verifyTreeHead({ ...signed, treeSize: 7 }, publicKey)).toBe(false);
    expect(verifyTreeHead({ ...signed, rootHash: ROOTS[6]! }, publicKey)).toBe(false);
    expect(verifyTreeHead({ ...signed, timestamp: '2026-12-02T10:00:00.001Z' }, publicKey)).toBe(false);
  });
});
