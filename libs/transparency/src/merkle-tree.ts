import { createHash } from 'node:crypto';

/**
 * A Merkle tree over an append-only list of leaves, hashed as RFC 9162 (Certificate Transparency
 * 2.0) section 2.1 defines: a leaf is SHA-256(0x00 || data), an inner node SHA-256(0x01 || left ||
 * right), the tree of n > 1 leaves splits at the largest power of two below n, and the empty tree's
 * hash is SHA-256 of nothing.
 */
export type Hash = Buffer;

const sha256 = (...parts: Uint8Array[]): Hash => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const LEAF_PREFIX = Uint8Array.of(0);
const NODE_PREFIX = Uint8Array.of(1);

export const leafHash = (data: Uint8Array): Hash => sha256(LEAF_PREFIX, data);
export const nodeHash = (left: Uint8Array, right: Uint8Array): Hash => sha256(NODE_PREFIX, left, right);
export const EMPTY_TREE_HASH: Hash = sha256();

/** The largest power of two strictly below n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The leaves' hashes, appended in log order. Subtrees that are complete (a power of two leaves,
 * aligned) never change once full, so their hashes are kept: a root, an inclusion proof or a
 * consistency proof then costs a number of hashes that grows with log n, not n.
 */
export class MerkleLog {
  private readonly leaves: Hash[] = [];
  private readonly complete = new Map<string, Hash>();

  get size(): number {
    return this.leaves.length;
  }

  append(leaf: Hash): void {
    this.leaves.push(leaf);
  }

  /** The leaf hash at an index, from 0. */
  leaf(index: number): Hash {
    this.requireSize(index + 1);
    return this.leaves[index]!;
  }

  /** The tree head's root hash over the first `size` leaves. */
  root(size = this.size): Hash {
    this.requireSize(size);
    return size === 0 ? EMPTY_TREE_HASH : this.subtree(0, size);
  }

  /** The audit path proving the leaf at `index` is in the tree of `size` leaves (RFC 9162 2.1.3.1). */
  inclusionProof(index: number, size = this.size): Hash[] {
    this.requireSize(size);
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    const path: Hash[] = [];
    let start = 0;
    let n = size;
    let m = index;
    // Walk down from the root, keeping the sibling subtree of each step; the path lists them leaf first.
    while (n > 1) {
      const k = splitPoint(n);
      if (m < k) {
        path.push(this.subtree(start + k, n - k));
        n = k;
      } else {
        path.push(this.subtree(start, k));
        start += k;
        m -= k;
        n -= k;
      }
    }
    return path.reverse();
  }

  /** The proof that the tree of `from` leaves is a prefix of the tree of `to` leaves (RFC 9162 2.1.4.1). */
  consistencyProof(from: number, to = this.size): Hash[] {
    this.requireSize(to);
    if (!Number.isInteger(from) || from < 0 || from > to) throw new RangeError(`a tree of ${from} is not a prefix of a tree of ${to}`);
    if (from === 0 || from === to) return [];
    return this.subproof(from, 0, to, true);
  }

  private subproof(m: number, start: number, n: number, completeSubtree: boolean): Hash[] {
    if (m === n) return completeSubtree ? [] : [this.subtree(start, n)];
    const k = splitPoint(n);
    if (m <= k) return [...this.subproof(m, start, k, completeSubtree), this.subtree(start + k, n - k)];
    return [...this.subproof(m - k, start + k, n - k, false), this.subtree(start, k)];
  }

  private subtree(start: number, n: number): Hash {
    if (n === 1) return this.leaves[start]!;
    const isComplete = (n & (n - 1)) === 0;
    const key = `${start}:${n}`;
    if (isComplete) {
      const known = this.complete.get(key);
      if (known) return known;
    }
    const k = splitPoint(n);
    const hash = nodeHash(this.subtree(start, k), this.subtree(start + k, n - k));
    if (isComplete) this.complete.set(key, hash);
    return hash;
  }

  private requireSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.leaves.length) {
      throw new RangeError(`the log holds ${this.leaves.length} leaves, not ${size}`);
    }
  }
}
