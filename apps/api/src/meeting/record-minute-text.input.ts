import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { IsItemNumber } from '../platform/graphql/validation/rules';
import { IsTextList } from '../shared/text-list.rule';
import { MinutesTextInput } from './at-the-meeting.input';
import { MinutePointInput } from './minute-point.input';

@InputType({ description: 'Record the minute of an item: its discussion paragraphs and numbered points (not its resolution).' })
export class RecordMinuteTextInput extends MinutesTextInput {
  @Field({ description: 'The item minuted.' })
  @IsItemNumber()
  itemNumber: string;

  @Field(() => [String], {
    description: 'Paragraphs of discussion, in order (up to 200, each up to 20,000 characters); may be empty when there are points.',
  })
  @ArrayMaxSize(200)
  @IsTextList(20000)
  paragraphs: string[];

  @Field(() => [MinutePointInput], {
    description: '"Arising from discussions the following points were noted": the points in order (up to 200).',
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MinutePointInput)
  points: MinutePointInput[];

  @Field({ nullable: true, description: 'True when the source printed only the start of the minute ("… view the full minutes text").' })
  @IsOptional()
  @IsBoolean()
  truncatedAtSource?: boolean;
}
