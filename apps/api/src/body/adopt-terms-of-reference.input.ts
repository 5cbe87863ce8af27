import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { ClauseInput } from './clause.input';

@InputType({ description: 'Adopt a whole text of terms of reference, as a board resolved.' })
export class AdoptTermsOfReferenceInput {
  @Field({ description: 'The body adopting them.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => Int, { description: 'The version number of this text, from 1 and one more than the version in force.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ClauseInput], { description: 'Every clause, in order (1 to 500), each with an id unique in the text.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ClauseInput)
  clauses: ClauseInput[];

  @Field({ description: 'The date they are in force from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that adopted them.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
