import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { MinuteCorrectionInput } from './minute-correction.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({
  description:
    'Record, at this meeting, that the minutes of an earlier meeting were confirmed as a correct record, possibly subject to corrections.',
})
export class ConfirmPreviousMinutesInput extends AtTheMeetingInput {
  @ItemNumberField({ description: 'The "minutes of the previous meeting" item of this meeting.' })
  itemNumber: string;

  @IdField({ description: 'The earlier meeting whose minutes were confirmed.' })
  previousMeetingId: string;

  @CalendarDateField({ description: 'The date the earlier meeting was held, as the minutes say (YYYY-MM-DD).' })
  previousMeetingHeldOn: string;

  @NestedListField(() => MinuteCorrectionInput, {
    maxItems: 100,
    description: 'The corrections they were confirmed subject to (up to 100); empty when none.',
  })
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
