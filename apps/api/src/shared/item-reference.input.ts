import { Field, InputType } from '@nestjs/graphql';
import { IsItemNumber, IsLedgerId } from '../platform/graphql/validation/rules';

@InputType({ description: 'An agenda item of a particular meeting.' })
export class ItemReferenceInput {
  @Field({ description: 'The meeting id, e.g. lscsb-2019-09-20.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The item number as printed on the agenda, e.g. "7".' })
  @IsItemNumber()
  itemNumber: string;
}
