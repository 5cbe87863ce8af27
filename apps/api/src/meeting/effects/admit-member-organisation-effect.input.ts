import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../../platform/graphql/validation/rules';

@InputType({ description: 'The decision admits an organisation as a member of the body.' })
export class AdmitMemberOrganisationEffectInput {
  @Field({ description: 'A stable id for the organisation, e.g. rutland-county-council.' })
  @IsLedgerId()
  organisationId: string;

  @Field({ description: 'Its name, e.g. Rutland County Council.' })
  @IsText(300)
  organisationName: string;

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
