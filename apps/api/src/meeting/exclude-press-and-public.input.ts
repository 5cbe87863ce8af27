import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { IsTextList } from '../shared/text-list.rule';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { IsSchedule12AParagraphs } from './schedule-12a-paragraphs.rule';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that the press and public were excluded for exempt items.' })
export class ExcludePressAndPublicInput extends AtTheMeetingInput {
  @ItemNumberField({ description: 'The "exclusion of the press and public" item the resolution was made under.' })
  itemNumber: string;

  @Field(() => [String], {
    description: 'The numbers of the items they were excluded for (up to 50); empty only with forBusinessAsPrinted.',
  })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsTextList(16)
  forItemNumbers: string[];

  @TextField(500, { description: 'The legal basis as the minutes cite it, e.g. "Section 100(A)(4) of the Local Government Act 1972".' })
  legalBasis: string;

  @Field(() => [Int], { description: 'The Schedule 12A paragraphs cited, e.g. [3, 10]: 1 to 7 describe, 8 to 10 qualify.' })
  @IsSchedule12AParagraphs()
  paragraphs: number[];

  @TextField(500, {
    nullable: true,
    description:
      'The business excluded for, in the words of the minutes ("the following item of business"), when its items are not recorded; only with no forItemNumbers.',
  })
  forBusinessAsPrinted?: string;
}
