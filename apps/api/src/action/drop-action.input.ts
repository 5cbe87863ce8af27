import { InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that an open action will not be done.' })
export class DropActionInput {
  @IdField({ description: 'The action.' })
  actionId: string;

  @TextField(2000, { description: 'Why, as reported.' })
  reason: string;

  @CalendarDateField({ description: 'The date it was dropped (YYYY-MM-DD).' })
  droppedOn: string;
}
