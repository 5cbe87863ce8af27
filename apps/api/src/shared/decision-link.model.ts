import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DecisionReference } from '@ledger/domain';

@ObjectType({
  description:
    'The resolution part that decided something: its meeting, item and letter; resolve `meeting`, `itemTitle` and `partText` to read it.',
})
export class DecisionLink implements DecisionReference {
  @Field(() => ID, { description: 'The meeting that decided.' })
  meetingId: string;

  @Field({ description: 'The item number as printed.' })
  itemNumber: string;

  @Field({ nullable: true, description: 'The label of the resolution part as printed; null for an unlabelled resolution.' })
  part?: string;
}

export const decisionLink = (reference: DecisionReference | undefined): DecisionLink | undefined =>
  reference && { meetingId: reference.meetingId, itemNumber: reference.itemNumber, part: reference.part };
