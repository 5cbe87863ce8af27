import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that the order of business was varied at the meeting.' })
export class VaryOrderOfBusinessInput extends AtTheMeetingInput {
  @Field(() => [String], {
    description: 'Every live item number, each once, in the order taken, e.g. ["1", "2", "5", "3", "4"].',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsTextList(16)
  order: string[];

  @TextField(2000, { description: 'Why, as the minutes say.' })
  reason: string;

  @ItemNumberField({ nullable: true, description: 'The "change to the order of business" item it was done under, if the agenda had one.' })
  itemNumber?: string;
}
