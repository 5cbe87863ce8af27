import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { ItemReferenceInput } from '../shared/item-reference.input';

@InputType({ description: 'Record that an open action was completed.' })
export class CompleteActionInput {
  @Field({ description: 'The action.' })
  @IsLedgerId()
  actionId: string;

  @Field({ description: 'The date it was completed (YYYY-MM-DD).' })
  @IsCalendarDate()
  completedOn: string;

  @Field({ nullable: true, description: 'A closing note, as reported.' })
  @IsOptional()
  @IsText(5000)
  note?: string;

  @Field(() => ItemReferenceInput, {
    nullable: true,
    description: 'The action-log item of the meeting that heard it was done, if one did.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ItemReferenceInput)
  notedAt?: ItemReferenceInput;
}
