import { InputType } from '@nestjs/graphql';
import { IdField, ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Withdraw an item on which no business has been recorded.' })
export class WithdrawAgendaItemInput {
  @IdField({ description: 'The meeting.' })
  meetingId: string;

  @ItemNumberField({ description: 'The number of the item withdrawn.' })
  itemNumber: string;

  @TextField(2000, { description: 'Why, e.g. "Presenter unavailable".' })
  reason: string;
}
