import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';

@InputType({ description: 'Admit an organisation (a council, a police force) as a member of a body.' })
export class AdmitMemberOrganisationInput {
  @Field({ description: 'The body admitting it.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'A stable id for the organisation, e.g. rutland-county-council.' })
  @IsLedgerId()
  organisationId: string;

  @Field({ description: 'Its name, e.g. Rutland County Council.' })
  @IsText(300)
  organisationName: string;

  @Field({ description: 'The date the membership is in force from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that admitted it.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
