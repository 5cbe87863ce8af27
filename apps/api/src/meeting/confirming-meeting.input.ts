import { InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'The later meeting, and its item, that confirmed the minutes.' })
export class ConfirmingMeetingInput {
  @IdField({ description: 'The confirming meeting.' })
  meetingId: string;

  @ItemNumberField({ description: 'Its "minutes of the previous meeting" item.' })
  itemNumber: string;

  @IdField({ description: 'The body it is a meeting of: the same body as the meeting whose minutes it confirms.' })
  bodyId: string;

  @CalendarDateField({ description: 'The date it was held (YYYY-MM-DD).' })
  heldOn: string;
}
