import { InputType } from '@nestjs/graphql';
import type { Office } from '@ledger/domain';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TermField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that a board left an office unfilled for a term, e.g. deferring an election.' })
export class LeaveOfficeVacantInput {
  @IdField({ description: 'The body whose office it is.' })
  bodyId: string;

  @EnumField(OfficeEnum, { description: 'The office left vacant, e.g. DEPUTY_CHAIR.' })
  office: Office;

  @TermField({ description: 'The municipal year of office, e.g. 2019/20.' })
  term: string;

  @TextField(2000, { description: 'Why, as the minutes say, e.g. "Election deferred to the next meeting".' })
  reason: string;

  @CalendarDateField({ description: 'The date it is vacant as of (YYYY-MM-DD).' })
  asOf: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that left it vacant.' })
  decision: DecisionReferenceInput;
}
