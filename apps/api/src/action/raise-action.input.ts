import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { ActionSourceInput } from './action-source.input';

@InputType({ description: "Put an action on a body's action log." })
export class RaiseActionInput {
  @Field({ description: 'A stable id for the action.' })
  @IsLedgerId()
  actionId: string;

  @Field({ description: 'The body whose action log it is on.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => ActionSourceInput, { description: 'Where in the minutes it came from.' })
  @ValidateNested()
  @Type(() => ActionSourceInput)
  raisedFrom: ActionSourceInput;

  @Field({ description: 'The date it was raised (YYYY-MM-DD).' })
  @IsCalendarDate()
  raisedOn: string;

  @Field({ description: 'Who owns it.' })
  @IsText(300)
  owner: string;

  @Field({ description: 'What is to be done.' })
  @IsText(5000)
  description: string;

  @Field({ nullable: true, description: 'When it is due (YYYY-MM-DD), if a date was set.' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}
