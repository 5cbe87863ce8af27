import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import type { DecisionRow } from '../read-models/read-model.repository';
import { partIdOf } from '../shared/citation';
import { ConnectionOf } from '../shared/connection';

@ObjectType({ description: 'A resolution part in the decision register.' })
export class DecisionEntry {
  @Field(() => ID, { description: 'The meeting that took the decision.' }) meetingId: string;
  @Field({ description: 'The item under which it was taken.' }) itemNumber: string;
  @Field({ nullable: true, description: 'The label of the part as printed; null for an unlabelled resolution.' }) part?: string;
  @Field(() => ID, { description: 'The body that took it.' }) bodyId: string;
  @Field({ description: 'The date of the meeting.' }) heldOn: string;
  @Field({ description: 'The title of that item.' }) itemTitle: string;
  @Field({ description: 'The number a clerk cites the item by: the printed minute number where the minutes print one (see citation).' })
  minuteNumber: string;
  @Field(() => DecisionKindEnum, { description: 'What kind of decision it is.' }) kind: string;
  @Field({ description: 'The words of the resolution part.' }) text: string;
  @Field({ description: 'Whether the item was exempt business.' }) exempt: boolean;
  @Field(() => ID, {
    description:
      'A stable id: the meeting, the item number and the label, e.g. lscsb-2018-12-10/36/b (…/resolution when unlabelled); the partId of the resolution part.',
  })
  decisionId: string;
}

export const DecisionConnection = ConnectionOf(DecisionEntry, 'DecisionConnection', 'Decisions, newest first, a page at a time.');

/** A row of the register as the API shows it: the unlabelled part (stored as '') without a label, and with its stable id. */
export const toDecisionEntry = (row: DecisionRow): DecisionEntry => ({
  ...row,
  part: row.part || undefined,
  decisionId: partIdOf({ meetingId: row.meetingId, number: row.itemNumber }, row.part || undefined),
});
