import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGGREGATE_KINDS, type AggregateKind } from '@ledger/domain';
import { graphqlEnumOf } from '../../platform/graphql/enums/graphql-enum';
import { GlobalPositionScalar } from '../../platform/graphql/global-position.scalar';

export const ChangedRecordKindEnum = graphqlEnumOf(AGGREGATE_KINDS);

registerEnumType(ChangedRecordKindEnum, {
  name: 'ChangedRecordKind',
  description: 'The kind of record a change was made to.',
  valuesMap: {
    BODY: { description: 'A body: its names, members, terms of reference, officeholders and agreed meeting dates.' },
    MEETING: { description: 'A meeting: its agenda, attendance, minutes and resolutions.' },
    FOLLOW_UP: { description: 'A follow-up a decision asked for.' },
    ACTION: { description: 'An action on the action log.' },
    PEOPLE: { description: 'The register of who is who (merges and splits of people).' },
  },
});

@ObjectType({
  description:
    'That something was recorded about a record, and when: what a mirror needs to know which records to read again. It says nothing of what was recorded, so it shows the public nothing the record does not.',
})
export class Change {
  @Field(() => GlobalPositionScalar, { description: 'Where in the log the change is.' })
  position: bigint;

  @Field(() => GraphQLISODateTime, { description: 'When the ledger recorded it (transaction time).' })
  recordedAt: Date;

  @Field({ description: 'What kind of change, by the name of its event, e.g. ResolutionPassed.' })
  eventType: string;

  @Field(() => ChangedRecordKindEnum, { description: 'The kind of record changed.' })
  kind: AggregateKind;

  @Field(() => ID, { description: "The changed record's id: a body, meeting, follow-up or action id, or the register's." })
  recordId: string;

  @Field(() => ID, { nullable: true, description: 'The body the record belongs to; null for the register of people, which spans bodies.' })
  bodyId?: string;

  @Field({ nullable: true, description: 'The agenda item the change names, where it names one.' })
  itemNumber?: string;
}

@ObjectType({ description: 'Changes in log order, and where to ask for the next ones.' })
export class ChangeFeed {
  @Field(() => [Change], { description: 'In log order; fewer than asked for when the read models have shown no more yet.' })
  changes: Change[];

  @Field(() => GlobalPositionScalar, {
    nullable: true,
    description: 'Ask again with `after` set to this for the changes that follow; null when the log holds nothing after `after` yet.',
  })
  through?: bigint;

  @Field({ description: 'Whether more changes already follow `through`: ask again at once rather than later.' })
  hasMore: boolean;
}
