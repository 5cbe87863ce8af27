import { InputType } from '@nestjs/graphql';
import { MeetingLocationInput } from './meeting-location.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { DateTimeField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Move a meeting that has not yet been held to another time or place.' })
export class RescheduleMeetingInput {
  @IdField({ description: 'The meeting moved.' })
  meetingId: string;

  @DateTimeField({ description: 'When it now starts, with its UTC offset.' })
  startsAt: string;

  @NestedField(() => MeetingLocationInput, {
    nullable: true,
    oneOf: true,
    description: 'Where it is now held; omitted when the place is unchanged.',
  })
  location?: MeetingLocationInput;

  @TextField(2000, { description: 'Why it moved, e.g. "Clash with Cabinet".' })
  reason: string;
}
