import { InputType } from '@nestjs/graphql';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Admit an organisation (a council, a police force) as a member of a body.' })
export class AdmitMemberOrganisationInput {
  @IdField({ description: 'The body admitting it.' })
  bodyId: string;

  @IdField({ description: 'A stable id for the organisation, e.g. rutland-county-council.' })
  organisationId: string;

  @TextField(300, { description: 'Its name, e.g. Rutland County Council.' })
  organisationName: string;

  @CalendarDateField({ description: 'The date the membership is in force from (YYYY-MM-DD).' })
  inForceFrom: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that admitted it.' })
  decision: DecisionReferenceInput;
}
