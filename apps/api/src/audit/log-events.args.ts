import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';

@ArgsType()
export class LogEventsArgs {
  @Field(() => GlobalPositionScalar, { nullable: true, description: 'The first position to return (default: the start of the log).' })
  @IsOptional()
  fromPosition?: bigint;

  @Field(() => GlobalPositionScalar, { nullable: true, description: 'The last position to return (default: the head).' })
  @IsOptional()
  toPosition?: bigint;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'At most this many events, from 1 to 1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first: number = 100;
}
