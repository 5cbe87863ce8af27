import { InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that two people the ledger holds apart are one person.' })
export class MergePersonsInput {
  @IdField({ description: 'The person whose name forms join the other (Person.personId).' })
  personId: string;

  @IdField({ description: 'The person kept.' })
  intoPersonId: string;

  @TextField(2000, { description: 'Why they are one person, with the evidence.' })
  reason: string;

  @CalendarDateField({ description: 'The date the clerk decided it (YYYY-MM-DD).' })
  decidedOn: string;
}
