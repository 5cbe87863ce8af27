import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { IsLedgerId } from '../platform/graphql/validation/rules';
import { ConfirmingMeetingInput } from './confirming-meeting.input';
import { MinuteCorrectionInput } from './minute-correction.input';

@InputType({
  description:
    'Record on a meeting that its minutes were confirmed by a later meeting, with any corrections. Normally sent by the ledger itself after confirmPreviousMinutes; exposed for repairs and imports.',
})
export class ConfirmMinutesInput {
  @Field({ description: 'The meeting whose minutes were confirmed.' })
  @IsLedgerId()
  meetingId: string;

  @Field(() => ConfirmingMeetingInput, { description: 'The later meeting that confirmed them.' })
  @ValidateNested()
  @Type(() => ConfirmingMeetingInput)
  confirmedBy: ConfirmingMeetingInput;

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
