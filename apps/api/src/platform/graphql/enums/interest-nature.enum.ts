import { registerEnumType } from '@nestjs/graphql';
import { INTEREST_NATURES } from '@ledger/domain';
import { graphqlEnumOf } from './graphql-enum';

export const InterestNatureEnum = graphqlEnumOf(INTEREST_NATURES);

registerEnumType(InterestNatureEnum, {
  name: 'InterestNature',
  description: 'The nature of an interest a member declares.',
  valuesMap: {
    PERSONAL: { description: 'A personal interest.' },
    PREJUDICIAL: { description: 'A prejudicial interest: the member usually leaves the room for the item.' },
    DISCLOSABLE_PECUNIARY: { description: 'A disclosable pecuniary interest, as defined by the Localism Act 2011.' },
    OTHER_REGISTRABLE: { description: "An other registrable interest under the authority's code of conduct." },
    NON_REGISTRABLE: { description: "A non-registrable interest under the authority's code of conduct." },
    NON_PECUNIARY: {
      description: 'A non-pecuniary interest, under a code of conduct that divides interests into pecuniary and non-pecuniary.',
    },
    NOT_STATED: { description: 'The minutes record the declaration without saying what kind of interest it is.' },
  },
});
