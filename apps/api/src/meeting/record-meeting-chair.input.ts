import { InputType } from '@nestjs/graphql';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record who chaired the meeting (or took the chair part way through).' })
export class RecordMeetingChairInput extends AtTheMeetingInput {
  @TextField(300, { description: 'Who chaired, as the minutes name them, e.g. Mr. J. T. Orson JP CC.' })
  chair: string;

  @ItemNumberField({ nullable: true, description: 'The item from which they took the chair; omitted when from the start.' })
  fromItemNumber?: string;

  @ItemNumberField({ nullable: true, description: 'The item whose minute names them, when known.' })
  itemNumber?: string;

  @TextField(2000, { nullable: true, description: 'The minutes\' own words naming them, e.g. "Mr. I. D. Ould OBE CC in the Chair".' })
  wording?: string;
}
