import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../platform/graphql/validation/rules';
import { ItemReferenceInput } from '../shared/item-reference.input';

@InputType({ description: 'Record that an item of a later meeting of the same body fulfilled an outstanding follow-up.' })
export class FulfilFollowUpInput {
  @Field({ description: 'The follow-up fulfilled.' })
  @IsLedgerId()
  followUpId: string;

  @Field(() => ItemReferenceInput, { description: 'The agenda item that fulfilled it.' })
  @ValidateNested()
  @Type(() => ItemReferenceInput)
  fulfilledBy: ItemReferenceInput;

  @Field({ description: 'The body of the fulfilling meeting: the body that asked for it.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'The date of the fulfilling meeting (YYYY-MM-DD).' })
  @IsCalendarDate()
  fulfilledOn: string;
}
