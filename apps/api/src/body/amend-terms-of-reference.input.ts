import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { ClauseAmendmentInput } from './clause-amendment.input';
import { NestedField, NestedListField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Change some clauses of the terms of reference in force, making a new version, as a board resolved.' })
export class AmendTermsOfReferenceInput {
  @IdField({ description: 'The body amending them.' })
  bodyId: string;

  @Field(() => Int, { description: 'The version number the amendment makes: one more than the version in force.' })
  @IsInt()
  @Min(1)
  version: number;

  @NestedListField(() => ClauseAmendmentInput, {
    minItems: 1,
    maxItems: 500,
    oneOf: true,
    description: 'The changes, applied in order (1 to 500); each clause is changed at most once.',
  })
  amendments: ClauseAmendmentInput[];

  @CalendarDateField({ description: 'The date the new version is in force from (YYYY-MM-DD).' })
  inForceFrom: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that amended them.' })
  decision: DecisionReferenceInput;
}
