import { InputType } from '@nestjs/graphql';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'A person at (or sending apologies to) a meeting, as the minutes list them.' })
export class AttendeeInput {
  @TextField(300, { description: 'Their name as printed, e.g. Mr. J. T. Orson JP CC.' })
  name: string;

  @TextField(300, { nullable: true, description: 'Their role, e.g. Chairman.' })
  role?: string;

  @TextField(300, { nullable: true, description: 'The organisation they represent, e.g. Melton Borough Council.' })
  organisation?: string;
}
