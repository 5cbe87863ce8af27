import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { FollowUpDueInput } from '../shared/follow-up-due.input';
import { ValidateOneOf } from '../shared/one-of';
import { FollowUpKindEnum } from '../platform/graphql/enums/follow-up-kind.enum';

@InputType({
  description:
    "Record something a decision asked to come back to a later meeting. Normally raised by the ledger itself from a resolution's requestFollowUp or deferItem effect; exposed for repairs and imports.",
})
export class RaiseFollowUpInput {
  @Field({ description: 'A stable id for the follow-up.' })
  @IsLedgerId()
  followUpId: string;

  @Field({ description: 'The body that asked for it.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that asked for it.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  raisedBy: DecisionReferenceInput;

  @Field({ description: 'The date it was asked for: the day of that meeting (YYYY-MM-DD).' })
  @IsCalendarDate()
  raisedOn: string;

  @Field(() => FollowUpKindEnum, { description: 'What is to come back, e.g. REPORT or DEFERRED_ITEM.' })
  @IsIn(FOLLOW_UP_KINDS)
  kind: FollowUpKind;

  @Field({ description: 'What it is about.' })
  @IsText(500)
  subject: string;

  @Field({ nullable: true, description: 'Who is asked to bring it, e.g. "Leicestershire Police".' })
  @IsOptional()
  @IsText(300)
  askedOf?: string;

  @Field(() => FollowUpDueInput, { description: 'When it is due.' })
  @ValidateOneOf(() => FollowUpDueInput)
  due: FollowUpDueInput;
}
