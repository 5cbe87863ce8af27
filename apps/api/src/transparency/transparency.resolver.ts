import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ConsistencyProofView, InclusionProofView, SignedTreeHeadView } from './transparency.model';
import { ProofRequestError, TransparencyService } from './transparency.service';

const asClientError = (error: unknown): never => {
  if (error instanceof ProofRequestError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  throw error;
};

/** The log's tree heads and proofs are public: they reveal hashes, never what the events say. */
@Resolver()
export class TransparencyResolver {
  constructor(private readonly transparency: TransparencyService) {}

  @Query(() => SignedTreeHeadView, { description: 'A signed head of the Merkle tree over the whole log as it stands.' })
  async treeHead(): Promise<SignedTreeHeadView> {
    const [head, key] = await Promise.all([this.transparency.treeHead(), this.transparency.publicKeyPem()]);
    return { ...head, publicKey: key.pem };
  }

  @Query(() => InclusionProofView, { description: 'Proof that an event (a decision, say) is in the log, at a tree head.' })
  inclusionProof(
    @Args('eventId', { type: () => ID, description: "The event's id." }) eventId: string,
    @Args('treeSize', {
      type: () => Int,
      nullable: true,
      description: 'The size of the head to prove against; the current size when omitted.',
    })
    treeSize?: number,
  ): Promise<InclusionProofView> {
    return this.transparency.inclusionProof(eventId, treeSize ?? undefined).catch(asClientError);
  }

  @Query(() => ConsistencyProofView, { description: "Proof that an earlier tree head's events still begin the log, unchanged." })
  consistencyProof(
    @Args('fromSize', { type: () => Int, description: 'The size of the earlier head.' }) fromSize: number,
    @Args('toSize', { type: () => Int, nullable: true, description: 'The size of the later head; the current size when omitted.' })
    toSize?: number,
  ): Promise<ConsistencyProofView> {
    return this.transparency.consistencyProof(fromSize, toSize ?? undefined).catch(asClientError);
  }
}
