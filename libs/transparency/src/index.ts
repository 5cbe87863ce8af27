export { EMPTY_TREE_HASH, leafHash, MerkleLog, nodeHash, type Hash } from './merkle-tree';
export {
  keyIdOf,
  privateKeyFromPem,
  publicKeyFromPem,
  signTreeHead,
  treeHeadMessage,
  verifyTreeHead,
  type SignedTreeHead,
  type TreeHead,
} from './tree-head';
export { verifyConsistency, verifyInclusion } from './verify-proofs';
