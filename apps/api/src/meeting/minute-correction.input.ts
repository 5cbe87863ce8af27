import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsItemNumber, IsText, Trimmed } from '../platform/graphql/validation/rules';
import { ROMAN_NUMERAL } from './minute-point.input';

@InputType({ description: 'A correction to the earlier minutes: "minute 11(iii) should read …".' })
export class MinuteCorrectionInput {
  @Field({ description: 'The item corrected, by agenda number or by the minute number printed, e.g. "11".' })
  @IsItemNumber()
  itemNumber: string;

  @Field({
    nullable: true,
    description: 'The numbered point corrected, e.g. "iii"; omitted when the correction is to the item as a whole.',
  })
  @IsOptional()
  @Trimmed()
  @Matches(ROMAN_NUMERAL, { message: 'point must be a lower-case roman numeral such as i, ii or iv' })
  point?: string;

  @Field({ description: 'What it should read. The original text is kept; this is recorded beside it.' })
  @IsText(20000)
  correctedText: string;

  @Field({
    nullable: true,
    description:
      "The words of the minute this replaces, when the confirming minutes name them (\"'Smyth' should read 'Smith'\"); they must be words of that minute. Omitted when the minutes name none.",
  })
  @IsOptional()
  @IsText(20000)
  replacedText?: string;
}
