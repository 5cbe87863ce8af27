import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { Trimmed } from '../platform/graphql/validation/rules';
import { ROMAN_NUMERAL } from './minute-point.input';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'A correction to the earlier minutes: "minute 11(iii) should read …".' })
export class MinuteCorrectionInput {
  @ItemNumberField({ description: 'The item corrected, by agenda number or by the minute number printed, e.g. "11".' })
  itemNumber: string;

  @Field({
    nullable: true,
    description: 'The numbered point corrected, e.g. "iii"; omitted when the correction is to the item as a whole.',
  })
  @IsOptional()
  @Trimmed()
  @Matches(ROMAN_NUMERAL, { message: 'point must be a lower-case roman numeral such as i, ii or iv' })
  point?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The paragraph of the minute corrected, counted from 1 as printed ("minute 9, paragraph 3"); omitted when the minutes name none.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  paragraph?: number;

  @TextField(20000, { description: 'What it should read. The original text is kept; this is recorded beside it.' })
  correctedText: string;

  @TextField(20000, {
    nullable: true,
    description:
      "The words of the minute this replaces, when the confirming minutes name them (\"'Smyth' should read 'Smith'\"); they must be words of that minute. Omitted when the minutes name none.",
  })
  replacedText?: string;
}
