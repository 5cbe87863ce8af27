import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { ValidateOneOf } from '../shared/one-of';
import { ClauseAmendmentInput } from './clause-amendment.input';

@InputType({ description: 'Change some clauses of the terms of reference in force, making a new version, as a board resolved.' })
export class AmendTermsOfReferenceInput {
  @Field({ description: 'The body amending them.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => Int, { description: 'The version number the amendment makes: one more than the version in force.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ClauseAmendmentInput], {
    description: 'The changes, applied in order (1 to 500); each clause is changed at most once.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateOneOf(() => ClauseAmendmentInput, { each: true })
  amendments: ClauseAmendmentInput[];

  @Field({ description: 'The date the new version is in force from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that amended them.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
