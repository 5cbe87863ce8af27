import { InputType } from '@nestjs/graphql';
import { CalendarDateField } from '../../platform/graphql/fields/string-fields';

/**
 * The commands an effect leads to need the date it is in force from, but minutes seldom give one
 * apart from the meeting's own, so an effect may leave it out and the ledger takes the meeting's day.
 */
@InputType({ isAbstract: true })
export class InForceFromMeetingDayInput {
  @CalendarDateField({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  inForceFrom?: string;
}
