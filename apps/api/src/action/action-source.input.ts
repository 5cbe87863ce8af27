import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsItemNumber, IsLedgerId, PART_LABEL, PART_LABEL_MESSAGE, Trimmed } from '../platform/graphql/validation/rules';
import { ROMAN_NUMERAL } from '../meeting/minute-point.input';

@InputType({ description: 'Where in the minutes an action came from: an item, one of its numbered points, or a resolution part.' })
export class ActionSourceInput {
  @Field({ description: 'The meeting, e.g. lscsb-2019-06-14.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The item number, e.g. "11".' })
  @IsItemNumber()
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
