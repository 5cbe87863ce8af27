import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { MinutesTextInput } from './at-the-meeting.input';
import { MinutePointInput } from './minute-point.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record the minute of an item: its discussion paragraphs and numbered points (not its resolution).' })
export class RecordMinuteTextInput extends MinutesTextInput {
  @ItemNumberField({ description: 'The item minuted.' })
  itemNumber: string;

  @Field(() => [String], {
    description: 'Paragraphs of discussion, in order (up to 200, each up to 20,000 characters); may be empty when there are points.',
  })
  @ArrayMaxSize(200)
  @IsTextList(20000)
  paragraphs: string[];

  @NestedListField(() => MinutePointInput, {
    maxItems: 200,
    description: '"Arising from discussions the following points were noted": the points in order (up to 200).',
  })
  points: MinutePointInput[];

  @Field({ nullable: true, description: 'True when the source printed only the start of the minute ("… view the full minutes text").' })
  @IsOptional()
  @IsBoolean()
  truncatedAtSource?: boolean;
}
