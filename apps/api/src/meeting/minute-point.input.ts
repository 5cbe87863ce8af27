import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Trimmed } from '../platform/graphql/validation/rules';
import { TextField } from '../platform/graphql/fields/string-fields';

export const ROMAN_NUMERAL = /^[ivxlcdm]{1,12}$/;

@InputType({ description: 'A numbered point of a minute: "(iii) The Board noted that …".' })
export class MinutePointInput {
  @Field({
    description: 'Its lower-case roman numeral as printed, without brackets: i, ii, iii …; points are numbered in sequence.',
  })
  @Trimmed()
  @Matches(ROMAN_NUMERAL, { message: 'label must be a lower-case roman numeral such as i, ii or iv' })
  label: string;

  @TextField(20000, { description: 'Its text.' })
  text: string;
}
