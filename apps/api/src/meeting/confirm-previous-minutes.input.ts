import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { IsCalendarDate, IsItemNumber, IsLedgerId } from '../platform/graphql/validation/rules';
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

  @Field(() => [String], {
    nullable: true,
    description:
      'Amendments of the earlier meeting\'s list of those present or sending apologies, in the minutes\' words (up to 100), e.g. "Councillor Okafor be added to those present". Omitted when none.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsTextList(2000)
  attendanceCorrections?: string[];
}
