import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, IsItemNumber, IsLedgerId } from '../platform/graphql/validation/rules';

@InputType({ description: 'The later meeting, and its item, that confirmed the minutes.' })
export class ConfirmingMeetingInput {
  @Field({ description: 'The confirming meeting.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'Its "minutes of the previous meeting" item.' })
  @IsItemNumber()
  itemNumber: string;

  @Field({ description: 'The body it is a meeting of: the same body as the meeting whose minutes it confirms.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'The date it was held (YYYY-MM-DD).' })
  @IsCalendarDate()
  heldOn: string;
}
