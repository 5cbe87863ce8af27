import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Record that an open action will not be done.' })
export class DropActionInput {
  @Field({ description: 'The action.' })
  @IsLedgerId()
  actionId: string;

  @Field({ description: 'Why, as reported.' })
  @IsText(2000)
  reason: string;

  @Field({ description: 'The date it was dropped (YYYY-MM-DD).' })
  @IsCalendarDate()
  droppedOn: string;
}
