import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { ClauseInput } from './clause.input';
import { NestedField, NestedListField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Adopt a whole text of terms of reference, as a board resolved.' })
export class AdoptTermsOfReferenceInput {
  @IdField({ description: 'The body adopting them.' })
  bodyId: string;

  @Field(() => Int, { description: 'The version number of this text, from 1 and one more than the version in force.' })
  @IsInt()
  @Min(1)
  version: number;

  @NestedListField(() => ClauseInput, {
    minItems: 1,
    maxItems: 500,
    description: 'Every clause, in order (1 to 500), each with an id unique in the text.',
  })
  clauses: ClauseInput[];

  @CalendarDateField({ description: 'The date they are in force from (YYYY-MM-DD).' })
  inForceFrom: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that adopted them.' })
  decision: DecisionReferenceInput;
}
