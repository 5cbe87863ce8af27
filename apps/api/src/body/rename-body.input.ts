import { InputType } from '@nestjs/graphql';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Give a body a new name, as a board resolved.' })
export class RenameBodyInput {
  @IdField({ description: 'The body renamed.' })
  bodyId: string;

  @TextField(300, { description: 'Its new full name, e.g. Leicestershire and Rutland Safer Communities Strategy Board.' })
  name: string;

  @TextField(40, { description: 'Its new short name, e.g. LRSCSB.' })
  shortName: string;

  @CalendarDateField({ description: 'The date the new name is in force from (YYYY-MM-DD).' })
  inForceFrom: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that renamed it.' })
  decision: DecisionReferenceInput;
}
