import { registerEnumType } from '@nestjs/graphql';
import { DECISION_KINDS } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const DecisionKindEnum = graphqlEnumOf(DECISION_KINDS);

registerEnumType(DecisionKindEnum, {
  name: 'DecisionKind',
  description:
    'What a part of a resolution decided: noted, approved, elected, requested, deferred …; it limits the effects the part may have.',
  valuesMap: {
    NOTED: { description: 'The board noted something (a report, an update).' },
    APPROVED: { description: 'The board approved something as put to it.' },
    APPROVED_SUBJECT_TO_AMENDMENT: { description: 'The board approved something subject to amendments it named.' },
    AGREED: { description: 'The board agreed a course of action.' },
    ENDORSED: { description: 'The board endorsed something decided elsewhere.' },
    ELECTED: { description: 'The board elected someone to an office.' },
    REQUESTED: { description: 'The board asked for something to come back (a report, a presentation).' },
    DEFERRED: { description: 'The board put an item off to a later meeting.' },
    UNCLASSIFIED: {
      description:
        'The part is recorded as its source printed it, but its wording does not settle which kind of decision it is; the ledger does not guess, and such a part has no effects.',
    },
  },
});
