import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsTerm, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';

@InputType({ description: 'Record that a board left an office unfilled for a term, e.g. deferring an election.' })
export class LeaveOfficeVacantInput {
  @Field({ description: 'The body whose office it is.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => OfficeEnum, { description: 'The office left vacant, e.g. DEPUTY_CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'Why, as the minutes say, e.g. "Election deferred to the next meeting".' })
  @IsText(2000)
  reason: string;

  @Field({ description: 'The date it is vacant as of (YYYY-MM-DD).' })
  @IsCalendarDate()
  asOf: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that left it vacant.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
