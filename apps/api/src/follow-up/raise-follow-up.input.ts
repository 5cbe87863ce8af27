import { InputType } from '@nestjs/graphql';
import type { FollowUpKind } from '@ledger/domain';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { FollowUpDueInput } from '../shared/follow-up-due.input';
import { FollowUpKindEnum } from '../platform/graphql/enums/follow-up-kind.enum';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({
  description:
    "Record something a decision asked to come back to a later meeting. Normally raised by the ledger itself from a resolution's requestFollowUp or deferItem effect; exposed for repairs and imports.",
})
export class RaiseFollowUpInput {
  @IdField({ description: 'A stable id for the follow-up.' })
  followUpId: string;

  @IdField({ description: 'The body that asked for it.' })
  bodyId: string;

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that asked for it.' })
  raisedBy: DecisionReferenceInput;

  @CalendarDateField({ description: 'The date it was asked for: the day of that meeting (YYYY-MM-DD).' })
  raisedOn: string;

  @EnumField(FollowUpKindEnum, { description: 'What is to come back, e.g. REPORT or DEFERRED_ITEM.' })
  kind: FollowUpKind;

  @TextField(500, { description: 'What it is about.' })
  subject: string;

  @TextField(300, { nullable: true, description: 'Who is asked to bring it, e.g. "Leicestershire Police".' })
  askedOf?: string;

  @NestedField(() => FollowUpDueInput, { oneOf: true, description: 'When it is due.' })
  due: FollowUpDueInput;
}
