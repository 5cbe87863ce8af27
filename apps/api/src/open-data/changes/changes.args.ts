import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalPositionScalar } from '../../platform/graphql/global-position.scalar';

@ArgsType()
export class ChangesArgs {
  @Field(() => GlobalPositionScalar, { nullable: true, description: "The `through` of the last answer (default: the log's start)." })
  @IsOptional()
  after?: bigint;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'At most this many changes, from 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first: number = 100;
}
