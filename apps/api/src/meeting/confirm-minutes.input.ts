import { Field, InputType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsLedgerId } from '../platform/graphql/validation/rules';
import { ConfirmingMeetingInput } from './confirming-meeting.input';
import { ConfirmPreviousMinutesInput } from './confirm-previous-minutes.input';

/** The corrections are those confirmPreviousMinutes recorded, carried to the meeting they correct: the same fields and rules. */
@InputType({
  description:
    'Record on a meeting that its minutes were confirmed by a later meeting, with any corrections. Normally sent by the ledger itself after confirmPreviousMinutes; exposed for repairs and imports.',
})
export class ConfirmMinutesInput extends PickType(ConfirmPreviousMinutesInput, ['corrections', 'attendanceCorrections']) {
  @Field({ description: 'The meeting whose minutes were confirmed.' })
  @IsLedgerId()
  meetingId: string;

  @Field(() => ConfirmingMeetingInput, { description: 'The later meeting that confirmed them.' })
  @ValidateNested()
  @Type(() => ConfirmingMeetingInput)
  confirmedBy: ConfirmingMeetingInput;
}
