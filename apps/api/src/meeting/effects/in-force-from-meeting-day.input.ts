import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../platform/graphql/validation/rules';

/**
 * The commands an effect leads to need the date it is in force from, but minutes seldom give one
 * apart from the meeting's own, so an effect may leave it out and the ledger takes the meeting's day.
 */
@InputType({ isAbstract: true })
export class InForceFromMeetingDayInput {
  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
