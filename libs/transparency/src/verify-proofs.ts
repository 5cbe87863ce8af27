import { type Hash, nodeHash } from './merkle-tree';

/**
 * Checks an audit path as RFC 9162 section 2.1.3.2 sets out: the leaf at `index`, hashed up the path,
 * must give `root`, the root hash of a tree of `size` leaves. Nothing here trusts the log.
 */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Hash = Buffer.from(leaf);
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      [fn, sn] = shiftedToOddOrZero(fn, sn);
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/**
 * Checks a consistency proof as RFC 9162 section 2.1.4.2 sets out: the tree of `fromSize` leaves
 * with root `fromRoot` is a prefix of the tree of `toSize` leaves with root `toRoot`, so nothing
 * before `fromSize` was changed, removed or reordered.
 */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  fromRoot: Uint8Array,
  toRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isInteger(fromSize) || !Number.isInteger(toSize) || fromSize < 0 || fromSize > toSize) return false;
  if (fromSize === toSize) return proof.length === 0 && Buffer.from(fromRoot).equals(toRoot);
  if (fromSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (fromSize & (fromSize - 1)) === 0 ? [fromRoot, ...proof] : [...proof];
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Hash = Buffer.from(path[0]!);
  let sr: Hash = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      [fn, sn] = shiftedToOddOrZero(fn, sn);
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(fromRoot) && sr.equals(toRoot);
}

/** "Right-shift fn and sn equally until either LSB(fn) is set or fn is 0" (RFC 9162). */
function shiftedToOddOrZero(fn: number, sn: number): [number, number] {
  while (fn % 2 === 0 && fn !== 0) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return [fn, sn];
}
