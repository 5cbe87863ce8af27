import { ArgsType } from '@nestjs/graphql';
import { CalendarDateField } from '../platform/graphql/fields/string-fields';

@ArgsType()
export class InForceAtArgs {
  @CalendarDateField({ nullable: true, description: 'The date (YYYY-MM-DD) the answer is about; today when omitted.' })
  inForceAt?: string;
}
