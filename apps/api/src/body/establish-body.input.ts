import { InputType } from '@nestjs/graphql';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Start the record of a board.' })
export class EstablishBodyInput {
  @IdField({ description: 'A stable id for the body, e.g. lscsb.' })
  bodyId: string;

  @TextField(300, { description: 'Its full name, e.g. Leicestershire Safer Communities Strategy Board.' })
  name: string;

  @TextField(40, { description: 'Its short name, e.g. LSCSB.' })
  shortName: string;

  @CalendarDateField({ nullable: true, description: 'The date it was established, when known (YYYY-MM-DD).' })
  establishedOn?: string;

  @NestedField(() => DecisionReferenceInput, { nullable: true, description: 'The decision that established it, when recorded.' })
  decision?: DecisionReferenceInput;
}
