import { InputType } from '@nestjs/graphql';
import { IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Cancel a meeting that has not yet been held.' })
export class CancelMeetingInput {
  @IdField({ description: 'The meeting cancelled.' })
  meetingId: string;

  @TextField(2000, { description: 'Why, e.g. "Not quorate".' })
  reason: string;
}
