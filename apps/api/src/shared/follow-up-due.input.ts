import { Field, InputType } from '@nestjs/graphql';
import { Equals, IsOptional, Matches } from 'class-validator';
import { Trimmed } from '../platform/graphql/validation/rules';
import { CalendarDateField } from '../platform/graphql/fields/string-fields';

const MUST_BE_TRUE = { message: ({ property }: { property: string }) => `${property} must be true when given; omit it otherwise` };

@InputType({
  description:
    'When a follow-up is due, as precisely as the minutes say it. Set exactly one field, e.g. `{ nextMeeting: true }` or `{ meetingInMonth: "2019-12" }`.',
})
export class FollowUpDueInput {
  @Field({ nullable: true, description: '"To the next meeting": set to true.' })
  @IsOptional()
  @Equals(true, MUST_BE_TRUE)
  nextMeeting?: boolean;

  @Field({ nullable: true, description: '"To a future meeting", no date given: set to true.' })
  @IsOptional()
  @Equals(true, MUST_BE_TRUE)
  aFutureMeeting?: boolean;

  @Field({
    nullable: true,
    description: 'To the meeting held in this month, written YYYY-MM (e.g. 2019-12 for "the December meeting").',
  })
  @IsOptional()
  @Trimmed()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'meetingInMonth must be a month written YYYY-MM' })
  meetingInMonth?: string;

  @CalendarDateField({ nullable: true, description: 'By this date (YYYY-MM-DD).' })
  byDate?: string;
}
