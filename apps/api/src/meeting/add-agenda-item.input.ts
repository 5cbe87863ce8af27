import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsLedgerId } from '../platform/graphql/validation/rules';
import { AgendaItemInput } from './agenda-item.input';

@InputType({ description: 'Add an item to the agenda of a meeting that has not closed.' })
export class AddAgendaItemInput {
  @Field({ description: 'The meeting.' })
  @IsLedgerId()
  meetingId: string;

  @Field(() => AgendaItemInput, { description: 'The item added.' })
  @ValidateNested()
  @Type(() => AgendaItemInput)
  item: AgendaItemInput;
}
