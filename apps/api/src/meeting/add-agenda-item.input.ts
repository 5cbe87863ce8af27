import { InputType } from '@nestjs/graphql';
import { AgendaItemInput } from './agenda-item.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Add an item to the agenda of a meeting that has not closed.' })
export class AddAgendaItemInput {
  @IdField({ description: 'The meeting.' })
  meetingId: string;

  @NestedField(() => AgendaItemInput, { description: 'The item added.' })
  item: AgendaItemInput;
}
