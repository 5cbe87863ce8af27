import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsArray, IsIn, IsOptional, MaxLength } from 'class-validator';
import { DECISION_KINDS } from '@ledger/domain';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { Trimmed } from '../platform/graphql/validation/rules';
import { DateRangePageArgs } from '../shared/page.args';

@ArgsType()
export class DecisionRegisterArgs extends DateRangePageArgs {
  @Field(() => ID, { nullable: true, description: "Only this body's decisions." })
  @IsOptional()
  bodyId?: string;

  @Field(() => ID, { nullable: true, description: "Only this meeting's decisions." })
  @IsOptional()
  meetingId?: string;

  @Field({ nullable: true, description: 'Only the decisions under this printed minute number (as a citation gives it, e.g. 36).' })
  @IsOptional()
  @Trimmed()
  @MaxLength(20)
  minute?: string;

  @Field(() => [DecisionKindEnum], { nullable: true, description: 'Only decisions of these kinds.' })
  @IsOptional()
  @IsArray()
  @IsIn(DECISION_KINDS, { each: true })
  kinds?: string[];

  @Field({
    nullable: true,
    description: 'Words to find in the item title or resolution text (PostgreSQL full-text search: "quoted phrases", or, -not).',
  })
  @IsOptional()
  @Trimmed()
  @MaxLength(200)
  search?: string;
}
