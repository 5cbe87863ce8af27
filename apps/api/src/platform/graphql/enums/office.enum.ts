import { registerEnumType } from '@nestjs/graphql';
import { OFFICES } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const OfficeEnum = graphqlEnumOf(OFFICES);

registerEnumType(OfficeEnum, {
  name: 'Office',
  description: 'An office a board fills for a municipal year.',
  valuesMap: {
    CHAIR: { description: 'The chair of the board.' },
    DEPUTY_CHAIR: { description: 'The deputy chair of the board.' },
  },
});
