import { Field, InputType } from '@nestjs/graphql';
import { IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Cancel a meeting that has not yet been held.' })
export class CancelMeetingInput {
  @Field({ description: 'The meeting cancelled.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'Why, e.g. "Not quorate".' })
  @IsText(2000)
  reason: string;
}
