import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsItemNumber, IsText } from '../platform/graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';

@InputType({ description: 'Record who chaired the meeting (or took the chair part way through).' })
export class RecordMeetingChairInput extends AtTheMeetingInput {
  @Field({ description: 'Who chaired, as the minutes name them, e.g. Mr. J. T. Orson JP CC.' })
  @IsText(300)
  chair: string;

  @Field({ nullable: true, description: 'The item from which they took the chair; omitted when from the start.' })
  @IsOptional()
  @IsItemNumber()
  fromItemNumber?: string;

  @Field({ nullable: true, description: 'The item whose minute names them, when known.' })
  @IsOptional()
  @IsItemNumber()
  itemNumber?: string;

  @Field({ nullable: true, description: 'The minutes\' own words naming them, e.g. "Mr. I. D. Ould OBE CC in the Chair".' })
  @IsOptional()
  @IsText(2000)
  wording?: string;
}
