import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';

@ObjectType({
  description:
    'A signed tree head: the Merkle root over the first treeSize events of the global log (RFC 9162 hashing), signed with Ed25519. Keep one: a later consistency proof shows whether the log still begins with those events.',
})
export class SignedTreeHeadView {
  @Field(() => Int, { description: 'How many events of the log, from the first, the tree covers.' }) treeSize: number;
  @Field({ description: 'The Merkle root hash, 64 lower-case hex digits.' }) rootHash: string;
  @Field({ description: 'When the head was signed (ISO 8601, UTC).' }) timestamp: string;
  @Field({ description: 'The Ed25519 signature, base64, over the four lines the README gives.' }) signature: string;
  @Field({ description: "SHA-256 (hex) of the signing public key's DER, to tell keys apart." }) keyId: string;
  @Field({ description: 'The signing public key, PEM. Pin it from a source you trust, not from this answer alone.' }) publicKey: string;
}

@ObjectType({ description: 'Proof that an event is in the log: its leaf and the audit path to the root of a tree of treeSize.' })
export class InclusionProofView {
  @Field(() => ID, { description: 'The event proved, its id in lower case.' }) eventId: string;
  @Field(() => GlobalPositionScalar, { description: "The event's position in the global log." }) position: bigint;
  @Field(() => Int, { description: 'Its leaf index in the tree, from 0 (its place in log order).' }) leafIndex: number;
  @Field(() => Int, { description: 'The size of the tree head the path leads to.' }) treeSize: number;
  @Field({ description: "SHA-256(0x00 || the event's 32-byte hash), hex." }) leafHash: string;
  @Field(() => [String], { description: 'The sibling hashes from the leaf up, hex (RFC 9162 2.1.3).' }) auditPath: string[];
}

@ObjectType({ description: 'Proof that the tree of fromSize events is a prefix of the tree of toSize events (RFC 9162 2.1.4).' })
export class ConsistencyProofView {
  @Field(() => Int, { description: 'The size of the earlier head.' }) fromSize: number;
  @Field(() => Int, { description: 'The size of the later head.' }) toSize: number;
  @Field(() => [String], { description: "The proof's hashes, hex." }) path: string[];
}
