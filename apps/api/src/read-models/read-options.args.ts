import { ArgsType, Field, GraphQLISODateTime, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';
import { DEFAULT_WAIT_MS, MAX_WAIT_MS } from './projection.service';

/** Arguments every read accepts, to read one's own writes. */
@ArgsType()
export class ConsistencyArgs {
  @Field(() => GlobalPositionScalar, {
    nullable: true,
    description: 'Answer only once the read models include this global position (the `position` a mutation returned).',
  })
  @IsOptional()
  waitForPosition?: bigint;

  @Field(() => Int, {
    nullable: true,
    description: `How long to wait for waitForPosition, in milliseconds (default ${DEFAULT_WAIT_MS}, at most ${MAX_WAIT_MS}); then READ_MODEL_TIMEOUT.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WAIT_MS)
  waitTimeoutMs?: number;
}

/** Arguments of the reads that can answer as the ledger stood at a past moment. */
@ArgsType()
export class HistoricalReadArgs extends ConsistencyArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "Answer as the ledger stood at this moment: only what had been recorded by then counts (the auditor's question). Omitted: as recorded now.",
  })
  @IsOptional()
  asRecordedAt?: Date;
}
