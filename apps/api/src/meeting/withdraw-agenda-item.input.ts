import { Field, InputType } from '@nestjs/graphql';
import { IsItemNumber, IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Withdraw an item on which no business has been recorded.' })
export class WithdrawAgendaItemInput {
  @Field({ description: 'The meeting.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The number of the item withdrawn.' })
  @IsItemNumber()
  itemNumber: string;

  @Field({ description: 'Why, e.g. "Presenter unavailable".' })
  @IsText(2000)
  reason: string;
}
