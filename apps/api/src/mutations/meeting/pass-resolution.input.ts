import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { IsText } from '../../graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { ResolutionPartInput } from './resolution-part.input';

@InputType({ description: 'Record the resolution of an item: "RESOLVED: (a) That … ; (b) That …".' })
export class PassResolutionInput extends AtTheMeetingInput {
  @Field({ description: 'The item resolved.' })
  @IsText(16)
  itemNumber: string;

  @Field(() => [ResolutionPartInput], { description: 'Its parts in order (1 to 26, lettered a to z).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
  @Type(() => ResolutionPartInput)
  parts: ResolutionPartInput[];

  @Field({
    nullable: true,
    description:
      'True when the text was already published where it came from (a public minutes page): then it is public even under an exempt item. Otherwise what is recorded of an exempt item is confidential.',
  })
  @IsOptional()
  @IsBoolean()
  publishedAtSource?: boolean;
}
