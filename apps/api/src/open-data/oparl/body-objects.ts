import { currentName, describeOffice, type EstablishedBody, termLastDay } from '@ledger/domain';
import { membershipPeriods } from '@ledger/domain';
import { embedded, oparlObject, type OParlObject, type RecordedSpan } from './oparl-object';
import { BODY_LISTS, type OParlUrls } from './oparl-urls';

export interface BodyObjectRecords {
  readonly body: EstablishedBody;
  readonly span: RecordedSpan;
  readonly today: string;
  /** The person a printed name is, by their id; undefined for a name that is no person's. */
  readonly personOf: (name: string) => string | undefined;
}

/** Everything OParl says of a body itself: each object as fetched alone, by kind. */
export interface BodyObjects {
  readonly body: OParlObject;
  readonly organizations: readonly OParlObject[];
  readonly memberships: readonly OParlObject[];
  readonly legislativeTerms: readonly OParlObject[];
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A board as an OParl Body with the board itself as its organization ("Gremium"), each member
 * organisation as another, its officeholders' terms as memberships of the board, and the municipal
 * years its offices were held for as legislative terms. All of it changes only with the body's own record.
 */
export function bodyObjects(urls: OParlUrls, records: BodyObjectRecords): BodyObjects {
  const { body, span, today } = records;
  const bodyId = body.bodyId;
  const bodyUrl = urls.body(bodyId);
  const boardUrl = urls.board(bodyId);
  const name = currentName(body);

  // A term runs from the first of May to the last of April (the ledger's rule for a municipal year, see termLastDay).
  const terms = [...new Set(body.offices.map((office) => office.term))].sort();
  const legislativeTerms = terms.map((term) =>
    oparlObject('LegislativeTerm', urls.legislativeTerm(bodyId, term), span, {
      body: bodyUrl,
      name: term,
      startDate: `${term.slice(0, 4)}-05-01`,
      endDate: termLastDay(term),
    }),
  );

  const memberships = body.offices.flatMap(({ office, term, tenures }) =>
    tenures.flatMap((tenure) => {
      const personId = records.personOf(tenure.holder);
      if (personId === undefined) return [];
      const lastDay = tenure.until !== undefined ? dayBefore(tenure.until) : termLastDay(term) < today ? termLastDay(term) : undefined;
      return [
        oparlObject('Membership', urls.membership(bodyId, `${office}-${term.replace('/', '-')}-${tenure.from}`), span, {
          person: urls.person(bodyId, personId),
          organization: boardUrl,
          role: describeOffice(office),
          startDate: tenure.from,
          endDate: lastDay,
          'ledger:nameAsPrinted': tenure.holder,
        }),
      ];
    }),
  );

  const members = Object.values(body.members).map((member) =>
    oparlObject('Organization', urls.memberOrganisation(bodyId, member.organisationId), span, {
      body: bodyUrl,
      name: member.organisationName,
      'ledger:memberOfBoard': membershipPeriods(body)
        .filter((period) => period.organisationId === member.organisationId)
        .map((period) => ({ from: period.from, ...(period.until !== undefined && { until: period.until }) })),
    }),
  );
  const board = oparlObject('Organization', boardUrl, span, {
    body: bodyUrl,
    name: name.name,
    shortName: name.shortName,
    organizationType: 'Gremium',
    startDate: body.establishedOn,
    membership: memberships.map((membership) => membership.id),
    meeting: urls.list(bodyId, 'meeting'),
  });

  const lists = Object.fromEntries(Object.keys(BODY_LISTS).map((list) => [list, urls.list(bodyId, list as keyof typeof BODY_LISTS)]));
  const bodyObject: OParlObject = {
    ...oparlObject('Body', bodyUrl, span, {
      system: urls.system,
      name: name.name,
      shortName: name.shortName,
      ...lists,
    }),
    // Required, and embedded: an empty array where no term is recorded.
    legislativeTerm: legislativeTerms.map((term) => embedded(term, 'body')),
  };

  return { body: bodyObject, organizations: [board, ...members], memberships, legislativeTerms };
}
