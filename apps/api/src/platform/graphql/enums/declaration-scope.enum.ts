import { registerEnumType } from '@nestjs/graphql';
import { DECLARATION_SCOPES } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const DeclarationScopeEnum = graphqlEnumOf(DECLARATION_SCOPES);

registerEnumType(DeclarationScopeEnum, {
  name: 'DeclarationScope',
  description: 'What a declaration of interest is in, when it is not one item of the meeting.',
  valuesMap: {
    ALL_ITEMS: { description: 'Every item of the meeting ("an interest in all agenda items").' },
    NOT_ON_THIS_PAGE: { description: 'An item the minutes name but do not hold (see concerningAsPrinted).' },
    NOT_STATED: { description: 'The minutes do not say which item: not recorded, not "none".' },
  },
});
