import type { PersonIdentity } from '@ledger/domain';
import { deletedObject, embedded, oparlObject, type OParlObject, type RecordedSpan } from './oparl-object';
import type { OParlUrls } from './oparl-urls';

export interface PersonRecords {
  readonly bodyId: string;
  /** The people the body's records name, each with when those records were first and last recorded. */
  readonly people: readonly { readonly identity: PersonIdentity; readonly span: RecordedSpan }[];
  /** Ids a clerk merged into one of these people: their addresses stay, as deleted objects. */
  readonly mergedAway: readonly { readonly personId: string; readonly span: RecordedSpan }[];
  readonly memberships: readonly OParlObject[];
}

/**
 * The people a body's records name, one Person per person however many forms of their name the
 * minutes print (the same person in another body is that body's Person too; `ledger:personId` is
 * the same in both). Titles and letters after the name are kept apart from it.
 */
export function personObjects(urls: OParlUrls, records: PersonRecords): OParlObject[] {
  const { bodyId } = records;
  const people = records.people.map(({ identity, span }) => {
    const id = urls.person(bodyId, identity.personId);
    return oparlObject('Person', id, span, {
      body: urls.body(bodyId),
      name: identity.displayName,
      formOfAddress: identity.honorifics.join(' '),
      affix: identity.postNominals.join(' '),
      membership: records.memberships.filter((membership) => membership.person === id).map((membership) => embedded(membership, 'person')),
      'ledger:personId': identity.personId,
      'ledger:nameForms': identity.nameForms,
    });
  });
  const merged = records.mergedAway.map(({ personId, span }) => deletedObject('Person', urls.person(bodyId, personId), span));
  return [...people, ...merged];
}
