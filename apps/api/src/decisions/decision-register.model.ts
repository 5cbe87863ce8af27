import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { ConnectionOf } from '../shared/connection';

@ObjectType({ description: 'A resolution part in the decision register.' })
export class DecisionEntry {
  @Field(() => ID, { description: 'The meeting that took the decision.' }) meetingId: string;
  @Field({ description: 'The item under which it was taken.' }) itemNumber: string;
  @Field({ nullable: true, description: 'The label of the part as printed; null for an unlabelled resolution.' }) part?: string;
  @Field(() => ID, { description: 'The body that took it.' }) bodyId: string;
  @Field({ description: 'The date of the meeting.' }) heldOn: string;
  @Field({ description: 'The title of that item.' }) itemTitle: string;
  @Field(() => DecisionKindEnum, { description: 'What kind of decision it is.' }) kind: string;
  @Field({ description: 'The words of the resolution part.' }) text: string;
  @Field({ description: 'Whether the item was exempt business.' }) exempt: boolean;
}

export const DecisionConnection = ConnectionOf(DecisionEntry, 'DecisionConnection', 'Decisions, newest first, a page at a time.');
