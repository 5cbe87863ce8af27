import { generateKeyPairSync } from 'node:crypto';
import { EMPTY_TREE_HASH, leafHash, MerkleLog, nodeHash } from './merkle-tree';
import { signTreeHead, verifyTreeHead } from './tree-head';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

/**
 * Proofs and heads that are malformed or cut to fit: each is refused, including those the
 * arithmetic alone would accept (a fractional index that rounds to a real one, a path one step
 * short whose partial hash is given as the root).
 */
const logOf = (count: number) => {
  const log = new MerkleLog();
  for (let index = 0; index < count; index++) log.append(leafHash(Buffer.from(`event ${index}`)));
  return log;
};

describe('inclusion proofs that do not hold', () => {
  const log = logOf(4);
  const leaf = log.leaf(0);

  it('a fractional or negative index, or a fractional size, even where the hashing would fit', () => {
    const two = logOf(2);
    const path = two.inclusionProof(0, 2);
    expect(verifyInclusion(two.leaf(0), 0, 2, path, two.root(2))).toBe(true);
    expect(verifyInclusion(two.leaf(0), 0.5, 2, path, two.root(2))).toBe(false);
    expect(verifyInclusion(two.leaf(0), 0, 2.5, path, two.root(2))).toBe(false);
    expect(verifyInclusion(leaf, -1, 1, [], leaf)).toBe(false);
  });

  it('an index at or past the size', () => {
    expect(verifyInclusion(leaf, 0, 1, [], leaf)).toBe(true);
    expect(verifyInclusion(leaf, 1, 1, [], leaf)).toBe(false);
    expect(verifyInclusion(leaf, 2, 1, [], leaf)).toBe(false);
  });

  it('a path longer than the tree is high, or shorter', () => {
    const extra = log.leaf(1);
    expect(verifyInclusion(leaf, 0, 1, [extra], nodeHash(extra, leaf))).toBe(false);
    expect(verifyInclusion(leaf, 0, 2, [], leaf)).toBe(false);
  });
});

describe('consistency proofs that do not hold', () => {
  const log = logOf(8);

  it('fractional or negative sizes, even where the arithmetic would fit', () => {
    expect(verifyConsistency(1.5, 1.5, log.root(1), log.root(1), [])).toBe(false);
    expect(verifyConsistency(0, 0.5, EMPTY_TREE_HASH, EMPTY_TREE_HASH, [])).toBe(false);
    expect(verifyConsistency(-1, -1, log.root(1), log.root(1), [])).toBe(false);
    expect(verifyConsistency(-1, 3, log.root(1), log.root(3), log.consistencyProof(1, 3))).toBe(false);
  });

  it('an older tree larger than the newer, even with hashes made to fit', () => {
    expect(verifyConsistency(3, 2, log.root(3), log.root(2), log.consistencyProof(2, 3))).toBe(false);
    const [first, second] = [log.leaf(0), log.leaf(1)];
    expect(verifyConsistency(3, 2, first, nodeHash(first, second), [first, second])).toBe(false);
  });

  it('trees of one size with a proof, or with other roots', () => {
    expect(verifyConsistency(3, 3, log.root(3), log.root(3), [])).toBe(true);
    expect(verifyConsistency(3, 3, log.root(3), log.root(3), [log.leaf(0)])).toBe(false);
    expect(verifyConsistency(3, 3, log.root(3), log.root(2), [])).toBe(false);
  });

  it('the empty tree with a proof', () => {
    expect(verifyConsistency(0, 3, EMPTY_TREE_HASH, log.root(3), [])).toBe(true);
    expect(verifyConsistency(0, 3, EMPTY_TREE_HASH, log.root(3), [log.leaf(0)])).toBe(false);
  });

  it('a proof one hash too long, with roots made to fit it', () => {
    const proof = log.consistencyProof(3, 4);
    expect(verifyConsistency(3, 4, log.root(3), log.root(4), proof)).toBe(true);
    const extra = log.leaf(7);
    expect(verifyConsistency(3, 4, nodeHash(extra, log.root(3)), nodeHash(extra, log.root(4)), [...proof, extra])).toBe(false);
  });

  it('a proof cut short, with the partial hashes given as the roots', () => {
    const proof = log.consistencyProof(1, 4);
    expect(verifyConsistency(1, 4, log.root(1), log.root(4), proof)).toBe(true);
    expect(verifyConsistency(1, 4, log.root(1), log.root(2), proof.slice(0, 1))).toBe(false);
  });

  it('a proof between sizes that are not powers of two, checked against both roots', () => {
    const proof = log.consistencyProof(5, 7);
    expect(verifyConsistency(5, 7, log.root(5), log.root(7), proof)).toBe(true);
    expect(verifyConsistency(5, 7, log.root(6), log.root(7), proof)).toBe(false);
    expect(verifyConsistency(5, 7, log.root(5), log.root(6), proof)).toBe(false);
  });
});

describe('the Merkle log refuses what it does not hold', () => {
  const log = logOf(4);

  it.each([
    ['a leaf past the end', () => log.leaf(4)],
    ['a fractional size', () => log.root(2.5)],
    ['a negative size', () => log.root(-1)],
    ['a size past the end', () => log.root(5)],
    ['a fractional leaf index', () => log.inclusionProof(1.5, 4)],
    ['a negative leaf index', () => log.inclusionProof(-1, 4)],
    ['a fractional older size', () => log.consistencyProof(1.5, 4)],
    ['a negative older size', () => log.consistencyProof(-1, 4)],
    ['an older size past the newer', () => log.consistencyProof(4, 3)],
  ])('%s', (_, ask) => {
    expect(ask).toThrow(RangeError);
  });

  it('names what was asked in its refusals, rather than failing deeper down', () => {
    expect(() => log.root(5)).toThrow('the log holds 4 leaves, not 5');
    expect(() => log.root(2.5)).toThrow('the log holds 4 leaves, not 2.5');
    expect(() => log.root(-1)).toThrow('the log holds 4 leaves, not -1');
    expect(() => log.consistencyProof(1.5, 4)).toThrow('a tree of 1.5 is not a prefix of a tree of 4');
    expect(() => log.consistencyProof(-1, 4)).toThrow('a tree of -1 is not a prefix of a tree of 4');
    expect(() => log.inclusionProof(4, 4)).toThrow('leaf 4 is not in a tree of 4');
    expect(() => log.consistencyProof(4, 3)).toThrow('a tree of 4 is not a prefix of a tree of 3');
  });

  it('gives an empty proof between a tree and itself, or from the empty tree', () => {
    expect(log.consistencyProof(4, 4)).toEqual([]);
    expect(log.consistencyProof(0, 4)).toEqual([]);
  });

  it('gives the same roots and proofs asked twice, from the subtrees it keeps', () => {
    const fresh = logOf(13);
    const first = [fresh.root(13), ...fresh.inclusionProof(5, 13), ...fresh.consistencyProof(6, 13)].map((hash) => hash.toString('hex'));
    const again = [fresh.root(13), ...fresh.inclusionProof(5, 13), ...fresh.consistencyProof(6, 13)].map((hash) => hash.toString('hex'));
    expect(again).toEqual(first);
    expect(fresh.root(8).toString('hex')).toBe(logOf(8).root(8).toString('hex'));
  });
});

describe('tree heads that are not well formed', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const head = { treeSize: 8, rootHash: 'ab'.repeat(32), timestamp: '2026-12-02T10:00:00.000Z' };

  it.each([
    ['a negative size', { treeSize: -1 }],
    ['a fractional size', { treeSize: 2.5 }],
    ['a size past the safe integers', { treeSize: 2 ** 53 }],
    ['a root in capitals', { rootHash: 'AB'.repeat(32) }],
    ['a root with a character before it', { rootHash: `x${'ab'.repeat(32)}` }],
    ['a root with a character after it', { rootHash: `${'ab'.repeat(32)}0` }],
    ['a short root', { rootHash: 'ab'.repeat(31) }],
  ])('%s is refused though its signature is good', (_, change) => {
    expect(verifyTreeHead(signTreeHead({ ...head, ...change }, privateKey), publicKey)).toBe(false);
  });

  it('an empty tree is well formed', () => {
    expect(verifyTreeHead(signTreeHead({ ...head, treeSize: 0 }, privateKey), publicKey)).toBe(true);
  });

  it('is signed and checked with Ed25519 keys only', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => signTreeHead(head, rsa.privateKey)).toThrow('Tree heads are signed with an Ed25519 key');
    expect(verifyTreeHead(signTreeHead(head, privateKey), rsa.publicKey)).toBe(false);
  });
});
