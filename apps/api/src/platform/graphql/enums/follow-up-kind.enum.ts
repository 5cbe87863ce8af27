import { registerEnumType } from '@nestjs/graphql';
import { FOLLOW_UP_KINDS } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const FollowUpKindEnum = graphqlEnumOf(FOLLOW_UP_KINDS);

registerEnumType(FollowUpKindEnum, {
  name: 'FollowUpKind',
  description: 'What a decision asked to come back: a further report, a presentation, an agenda item, or a deferred item.',
  valuesMap: {
    REPORT: { description: 'A further report.' },
    PRESENTATION: { description: 'A presentation.' },
    AGENDA_ITEM: { description: 'An item on the agenda of a later meeting.' },
    DEFERRED_ITEM: { description: 'An item the board deferred to a later meeting.' },
  },
});
