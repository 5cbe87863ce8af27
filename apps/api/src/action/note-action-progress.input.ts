import { InputType } from '@nestjs/graphql';
import { ItemReferenceInput } from '../shared/item-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record progress on an open action.' })
export class NoteActionProgressInput {
  @IdField({ description: 'The action.' })
  actionId: string;

  @TextField(5000, { description: 'The update, as reported.' })
  note: string;

  @CalendarDateField({ description: 'The date of the update (YYYY-MM-DD).' })
  notedOn: string;

  @NestedField(() => ItemReferenceInput, {
    nullable: true,
    description: 'The action-log item of the meeting that heard the update, if one did.',
  })
  notedAt?: ItemReferenceInput;
}
