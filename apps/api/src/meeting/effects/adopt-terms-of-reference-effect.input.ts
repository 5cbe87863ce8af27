import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../platform/graphql/validation/rules';
import { ClauseInput } from '../../body/clause.input';

@InputType({ description: "The decision adopts a whole new version of the body's terms of reference." })
export class AdoptTermsOfReferenceEffectInput {
  @Field(() => Int, { description: 'The version number of this text, from 1.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ClauseInput], { description: 'Every clause, in order (1 to 500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ClauseInput)
  clauses: ClauseInput[];

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
