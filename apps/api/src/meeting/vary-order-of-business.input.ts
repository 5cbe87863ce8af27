import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { IsItemNumber, IsText } from '../platform/graphql/validation/rules';
import { IsTextList } from '../shared/text-list.rule';
import { AtTheMeetingInput } from './at-the-meeting.input';

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

  @Field({ description: 'Why, as the minutes say.' })
  @IsText(2000)
  reason: string;

  @Field({ nullable: true, description: 'The "change to the order of business" item it was done under, if the agenda had one.' })
  @IsOptional()
  @IsItemNumber()
  itemNumber?: string;
}
