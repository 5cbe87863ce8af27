import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsText, Trimmed } from '../platform/graphql/validation/rules';

export const ROMAN_NUMERAL = /^[ivxlcdm]{1,12}$/;

@InputType({ description: 'A numbered point of a minute: "(iii) The Board noted that …".' })
export class MinutePointInput {
  @Field({
    description: 'Its lower-case roman numeral as printed, without brackets: i, ii, iii …; points are numbered in sequence.',
  })
  @Trimmed()
  @Matches(ROMAN_NUMERAL, { message: 'label must be a lower-case roman numeral such as i, ii or iv' })
  label: string;

  @Field({ description: 'Its text.' })
  @IsText(20000)
  text: string;
}
