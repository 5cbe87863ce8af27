import { InputType } from '@nestjs/graphql';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { TakingOfficeInput } from './taking-office.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that a board elected someone to an office for a municipal year.' })
export class ElectOfficeholderInput extends TakingOfficeInput {
  @TextField(300, { description: 'The person elected, as the minutes name them, e.g. Mr. J. T. Orson JP CC.' })
  holder: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that elected them.' })
  decision: DecisionReferenceInput;
}
