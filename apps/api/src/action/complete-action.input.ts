import { InputType } from '@nestjs/graphql';
import { ItemReferenceInput } from '../shared/item-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that an open action was completed.' })
export class CompleteActionInput {
  @IdField({ description: 'The action.' })
  actionId: string;

  @CalendarDateField({ description: 'The date it was completed (YYYY-MM-DD).' })
  completedOn: string;

  @TextField(5000, { nullable: true, description: 'A closing note, as reported.' })
  note?: string;

  @NestedField(() => ItemReferenceInput, {
    nullable: true,
    description: 'The action-log item of the meeting that heard it was done, if one did.',
  })
  notedAt?: ItemReferenceInput;
}
