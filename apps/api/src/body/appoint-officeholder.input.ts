import { InputType } from '@nestjs/graphql';
import { TakingOfficeInput } from './taking-office.input';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: "Record that someone was appointed to an office other than by the board's election." })
export class AppointOfficeholderInput extends TakingOfficeInput {
  @TextField(300, { description: 'The person appointed, as the minutes name them.' })
  holder: string;

  @TextField(300, { description: 'Who appointed them, e.g. "Leicestershire County Council, as lead authority".' })
  appointedBy: string;
}
