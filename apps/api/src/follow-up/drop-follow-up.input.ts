import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Record that an outstanding follow-up will not come back.' })
export class DropFollowUpInput {
  @Field({ description: 'The follow-up dropped.' })
  @IsLedgerId()
  followUpId: string;

  @Field({ description: 'Why, e.g. "Superseded by the new strategy".' })
  @IsText(2000)
  reason: string;

  @Field({ description: 'The date it was dropped (YYYY-MM-DD).' })
  @IsCalendarDate()
  droppedOn: string;
}
