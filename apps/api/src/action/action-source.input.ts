import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PART_LABEL, PART_LABEL_MESSAGE, Trimmed } from '../platform/graphql/validation/rules';
import { ROMAN_NUMERAL } from '../meeting/minute-point.input';
import { IdField, ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Where in the minutes an action came from: an item, one of its numbered points, or a resolution part.' })
export class ActionSourceInput {
  @IdField({ description: 'The meeting, e.g. lscsb-2019-06-14.' })
  meetingId: string;

  @ItemNumberField({ description: 'The item number, e.g. "11".' })
  itemNumber: string;

  @Field({ nullable: true, description: 'The numbered point of its minute, e.g. "iii".' })
  @IsOptional()
  @Trimmed()
  @Matches(ROMAN_NUMERAL, { message: 'point must be a lower-case roman numeral such as i, ii or iv' })
  point?: string;

  @Field({ nullable: true, description: 'The label of its resolution part as printed, e.g. "b", "ii" or "2".' })
  @IsOptional()
  @Trimmed()
  @Matches(PART_LABEL, { message: PART_LABEL_MESSAGE('part') })
  part?: string;
}
