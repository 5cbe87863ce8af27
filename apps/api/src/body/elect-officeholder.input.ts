import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsTerm, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';

@InputType({ description: 'Record that a board elected someone to an office for a municipal year.' })
export class ElectOfficeholderInput {
  @Field({ description: 'The body whose office it is.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => OfficeEnum, { description: 'The office, e.g. CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'The person elected, as the minutes name them, e.g. Mr. J. T. Orson JP CC.' })
  @IsText(300)
  holder: string;

  @Field({ description: 'The date they hold office from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that elected them.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
