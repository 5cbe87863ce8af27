import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { StreamRevisionScalar } from '../platform/graphql/stream-revision.scalar';
import { IsText } from '../platform/graphql/validation/rules';

@ArgsType()
export class StreamEventsArgs {
  @Field(() => ID, { description: 'The stream, e.g. body-lscsb or meeting-lscsb-2023-09-29.' })
  @IsText(200)
  streamId: string;

  @Field(() => StreamRevisionScalar, { nullable: true, description: 'The first revision to return (default 0).' })
  @IsOptional()
  fromRevision?: bigint;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'At most this many events, from 1 to 1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first: number = 100;
}
