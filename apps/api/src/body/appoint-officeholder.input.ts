import { Field, InputType } from '@nestjs/graphql';
import { IsText } from '../platform/graphql/validation/rules';
import { TakingOfficeInput } from './taking-office.input';

@InputType({ description: "Record that someone was appointed to an office other than by the board's election." })
export class AppointOfficeholderInput extends TakingOfficeInput {
  @Field({ description: 'The person appointed, as the minutes name them.' })
  @IsText(300)
  holder: string;

  @Field({ description: 'Who appointed them, e.g. "Leicestershire County Council, as lead authority".' })
  @IsText(300)
  appointedBy: string;
}
