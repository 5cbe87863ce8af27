import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { IsItemNumber } from '../platform/graphql/validation/rules';
import { MinutesTextInput } from './at-the-meeting.input';
import { ResolutionPartInput } from './resolution-part.input';

@InputType({ description: 'Record the resolution of an item: "RESOLVED: (a) That … ; (b) That …".' })
export class PassResolutionInput extends MinutesTextInput {
  @Field({ description: 'The item resolved.' })
  @IsItemNumber()
  itemNumber: string;

  @Field(() => [ResolutionPartInput], { description: 'Its parts in order (1 to 26).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
  @Type(() => ResolutionPartInput)
  parts: ResolutionPartInput[];
}
