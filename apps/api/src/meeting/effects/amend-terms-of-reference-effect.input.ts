import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDate } from '../../platform/graphql/validation/rules';
import { ClauseAmendmentInput } from '../../body/clause-amendment.input';
import { ValidateOneOf } from '../../shared/one-of';

@InputType({ description: "The decision amends clauses of the body's terms of reference in force." })
export class AmendTermsOfReferenceEffectInput {
  @Field(() => Int, { description: 'The version number the amendment makes: one more than the version in force.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ClauseAmendmentInput], { description: 'The changes, applied in order (1 to 500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateOneOf(() => ClauseAmendmentInput, { each: true })
  amendments: ClauseAmendmentInput[];

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
