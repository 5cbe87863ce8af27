import { Field, InputType } from '@nestjs/graphql';
import { IsDateTimeWithOffset } from '../platform/graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';

@InputType({ description: 'Record when the meeting closed. Its minutes can still be recorded afterwards.' })
export class CloseMeetingInput extends AtTheMeetingInput {
  @Field({ description: 'When it closed, with its UTC offset, e.g. 2018-12-10T15:00:00Z.' })
  @IsDateTimeWithOffset()
  endedAt: string;
}
