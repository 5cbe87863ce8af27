import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';

@InputType({ description: "End an organisation's membership of a body, as a board resolved." })
export class WithdrawMemberOrganisationInput {
  @Field({ description: 'The body it leaves.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'The id of the member organisation, e.g. rutland-county-council.' })
  @IsLedgerId()
  organisationId: string;

  @Field({ description: 'The date it is no longer a member from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that withdrew it.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
