import { registerEnumType } from '@nestjs/graphql';
import { ITEM_KINDS } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const AgendaItemKindEnum = graphqlEnumOf(ITEM_KINDS);

registerEnumType(AgendaItemKindEnum, {
  name: 'AgendaItemKind',
  description: 'What kind of business an agenda item is; some commands are only done under an item of a given kind.',
  valuesMap: {
    INTRODUCTIONS: { description: 'Welcome and introductions.' },
    APOLOGIES: { description: 'Apologies for absence.' },
    ELECTION_OF_OFFICEHOLDER: { description: 'Election of a chair or deputy chair.' },
    MINUTES_OF_PREVIOUS_MEETING: { description: 'Confirmation of the minutes of the previous meeting.' },
    MATTERS_ARISING: { description: 'Matters arising from the previous minutes.' },
    ACTION_LOG: { description: 'Review of the action log.' },
    DECLARATIONS_OF_INTEREST: { description: 'Declarations of interest in the business of the meeting.' },
    CHANGE_TO_ORDER_OF_BUSINESS: { description: 'A change to the order of business.' },
    REPORT: { description: 'A report considered by the board.' },
    PRESENTATION: { description: 'A presentation to the board.' },
    ORAL_UPDATE: { description: 'An oral update, without a written report.' },
    OTHER_BUSINESS: { description: 'Any other business the chair accepted as urgent.' },
    DATE_OF_NEXT_MEETING: { description: 'The date (or dates) of future meetings.' },
    EXCLUSION_OF_PRESS_AND_PUBLIC: { description: 'A resolution to exclude the press and public for exempt business.' },
  },
});
