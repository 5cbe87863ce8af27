import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../../platform/graphql/validation/rules';

@InputType({ description: "The decision ends an organisation's membership of the body." })
export class WithdrawMemberOrganisationEffectInput {
  @Field({ description: 'The id of the member organisation.' })
  @IsLedgerId()
  organisationId: string;

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
