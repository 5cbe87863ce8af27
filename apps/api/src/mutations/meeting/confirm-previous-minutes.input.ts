import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsItemNumber, IsLedgerId } from '../../graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { MinuteCorrectionInput } from './minute-correction.input';

@InputType({
  description:
    'Record, at this meeting, that the minutes of an earlier meeting were confirmed as a correct record, possibly subject to corrections.',
})
export class ConfirmPreviousMinutesInput extends AtTheMeetingInput {
  @Field({ description: 'The "minutes of the previous meeting" item of this meeting.' })
  @IsItemNumber()
  itemNumber: string;

  @Field({ description: 'The earlier meeting whose minutes were confirmed.' })
  @IsLedgerId()
  previousMeetingId: string;

  @Field({ description: 'The date the earlier meeting was held, as the minutes say (YYYY-MM-DD).' })
  @IsCalendarDate()
  previousMeetingHeldOn: string;

  @Field(() => [MinuteCorrectionInput], {
    description: 'The corrections they were confirmed subject to (up to 100); empty when none.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MinuteCorrectionInput)
  corrections: MinuteCorrectionInput[];
}
