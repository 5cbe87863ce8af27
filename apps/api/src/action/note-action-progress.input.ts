import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { ItemReferenceInput } from '../shared/item-reference.input';

@InputType({ description: 'Record progress on an open action.' })
export class NoteActionProgressInput {
  @Field({ description: 'The action.' })
  @IsLedgerId()
  actionId: string;

  @Field({ description: 'The update, as reported.' })
  @IsText(5000)
  note: string;

  @Field({ description: 'The date of the update (YYYY-MM-DD).' })
  @IsCalendarDate()
  notedOn: string;

  @Field(() => ItemReferenceInput, {
    nullable: true,
    description: 'The action-log item of the meeting that heard the update, if one did.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ItemReferenceInput)
  notedAt?: ItemReferenceInput;
}
