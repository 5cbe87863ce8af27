import { InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that an outstanding follow-up will not come back.' })
export class DropFollowUpInput {
  @IdField({ description: 'The follow-up dropped.' })
  followUpId: string;

  @TextField(2000, { description: 'Why, e.g. "Superseded by the new strategy".' })
  reason: string;

  @CalendarDateField({ description: 'The date it was dropped (YYYY-MM-DD).' })
  droppedOn: string;
}
