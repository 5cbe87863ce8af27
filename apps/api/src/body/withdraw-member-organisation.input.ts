import { InputType } from '@nestjs/graphql';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: "End an organisation's membership of a body, as a board resolved." })
export class WithdrawMemberOrganisationInput {
  @IdField({ description: 'The body it leaves.' })
  bodyId: string;

  @IdField({ description: 'The id of the member organisation, e.g. rutland-county-council.' })
  organisationId: string;

  @CalendarDateField({ description: 'The date it is no longer a member from (YYYY-MM-DD).' })
  inForceFrom: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that withdrew it.' })
  decision: DecisionReferenceInput;
}
