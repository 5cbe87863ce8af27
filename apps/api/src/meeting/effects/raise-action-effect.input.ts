import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsText } from '../../platform/graphql/validation/rules';

@InputType({ description: "The decision puts an action on the body's action log." })
export class RaiseActionEffectInput {
  @Field({ description: 'Who owns it, e.g. "Community Safety Team, Leicestershire County Council".' })
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
