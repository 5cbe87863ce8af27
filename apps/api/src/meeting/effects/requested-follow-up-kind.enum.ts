import { registerEnumType } from '@nestjs/graphql';
import { FOLLOW_UP_KINDS, type DecisionEffect } from '@ledger/domain';
import { graphqlEnumOf } from '../../platform/graphql/enums/graphql-enum';

export type RequestedFollowUpKind = Extract<DecisionEffect, { kind: 'request-follow-up' }>['request'];

/** What a board can request; a deferred item is a follow-up too, but it comes from deferItem. */
export const REQUESTED_FOLLOW_UP_KINDS = FOLLOW_UP_KINDS.filter((kind): kind is RequestedFollowUpKind => kind !== 'deferred-item');

export const RequestedFollowUpKindEnum = graphqlEnumOf(REQUESTED_FOLLOW_UP_KINDS);

registerEnumType(RequestedFollowUpKindEnum, {
  name: 'RequestedFollowUpKind',
  description: 'What a board asks to come back to a later meeting.',
  valuesMap: {
    REPORT: { description: 'A further report.' },
    PRESENTATION: { description: 'A presentation.' },
    AGENDA_ITEM: { description: 'An item on the agenda of a later meeting.' },
  },
});
