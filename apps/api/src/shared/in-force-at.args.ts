import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../platform/graphql/validation/rules';

@ArgsType()
export class InForceAtArgs {
  @Field({ nullable: true, description: 'The date (YYYY-MM-DD) the answer is about; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  inForceAt?: string;
}
