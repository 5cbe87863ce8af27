import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';
import { StreamRevisionScalar } from '../platform/graphql/stream-revision.scalar';

@ObjectType({ description: "The first link of a stream's hash chain that does not hold." })
export class BrokenLinkView {
  @Field(() => ID, { description: 'The stream whose chain is broken.' }) streamId: string;
  @Field(() => StreamRevisionScalar, { description: 'The first revision at which it is broken.' }) revision: bigint;
  @Field({ description: 'changed, missing, out-of-order or unhashed.' }) fault: string;
  @Field({ description: 'What was found, in words.' }) detail: string;
}

@ObjectType({ description: 'The result of recomputing every stream\'s hash chain (README: "Tamper evidence").' })
export class LedgerVerificationView {
  @Field(() => Int, { description: 'How many events were verified.' }) events: number;
  @Field(() => Int, { description: 'How many streams.' }) streams: number;
  @Field(() => GlobalPositionScalar, { nullable: true, description: 'The position verified up to.' }) position?: bigint;
  @Field({ description: 'SHA-256 over every stream head at that position: keep it to prove later that nothing before it was rewritten.' })
  digest: string;
  @Field(() => BrokenLinkView, { nullable: true, description: 'The first broken link; null when every chain holds.' })
  broken?: BrokenLinkView;
}
