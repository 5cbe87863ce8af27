import { InputType } from '@nestjs/graphql';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { DateTimeField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record when the meeting closed. Its minutes can still be recorded afterwards.' })
export class CloseMeetingInput extends AtTheMeetingInput {
  @DateTimeField({ description: 'When it closed, with its UTC offset, e.g. 2018-12-10T15:00:00Z.' })
  endedAt: string;
}
