import { type DomainCommand, PEOPLE_REGISTER } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

/** Two invented boards that share a chairman, whose minutes spell him two ways. */
const FERNMOOR = 'fernmoor-csp';
const DALE = 'dale-hwb';
const decidedOn = '2024-05-02';

function meeting(
  bodyId: string,
  date: string,
  chair: string,
  extra: (meetingId: string, recordedAt: string) => DomainCommand[],
): DomainCommand[] {
  const meetingId = `${bodyId}-${date}`;
  const recordedAt = `${date}T16:00:00Z`;
  return [
    { type: 'ScheduleMeeting', data: { meetingId, bodyId, startsAt: `${date}T14:00:00Z` } },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '1', title: 'Election of Chairman', kind: 'election-of-officeholder' } } },
    {
      type: 'AddAgendaItem',
      data: { meetingId, item: { number: '2', title: 'Declarations of interest', kind: 'declarations-of-interest' } },
    },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '3', title: 'Youth diversion', kind: 'report' } } },
    { type: 'RecordMeetingChair', data: { meetingId, chair, wording: `${chair} in the Chair`, recordedAt } },
    ...extra(meetingId, recordedAt),
  ];
}

const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: FERNMOOR, name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP' } },
  { type: 'EstablishBody', data: { bodyId: DALE, name: 'Dale Health and Wellbeing Board', shortName: 'DHWB' } },
  ...meeting(FERNMOOR, '2024-03-14', 'Mr I.D. Quarrie OBE CC', (meetingId, recordedAt) => [
    {
      type: 'RecordAttendance',
      data: {
        meetingId,
        present: [{ name: 'Mr I.D. Quarrie OBE CC' }, { name: 'Cllr A. Fairlie', organisation: 'Fernmoor Borough Council' }],
        apologies: [],
        inAttendance: [{ name: 'Euan Fairlie', role: 'Community Safety Manager' }],
        recordedAt,
      },
    },
    {
      type: 'RecordPresenters',
      data: {
        meetingId,
        itemNumber: '3',
        presentedBy: [{ name: 'Mr. E. Fairlie', role: 'Community Safety Manager' }],
        unableToAttend: [],
        recordedAt,
      },
    },
    {
      type: 'RecordDeclarationsOfInterest',
      data: {
        meetingId,
        itemNumber: '2',
        declarations: [{ member: 'Mr I.D. Quarrie OBE CC', concerningItemNumber: '3', nature: 'personal' }],
        recordedAt,
      },
    },
  ]),
  {
    type: 'ElectOfficeholder',
    data: {
      bodyId: FERNMOOR,
      office: 'chair',
      term: '2023/24',
      holder: 'Mr I.D. Quarrie OBE CC',
      inForceFrom: '2024-03-14',
      decision: { meetingId: 'fernmoor-csp-2024-03-14', itemNumber: '1', part: 'a' },
    },
  },
  ...meeting(DALE, '2024-04-11', 'Mr. I. D. Quarrie OBE CC', (meetingId, recordedAt) => [
    {
      type: 'RecordDeclarationsOfInterest',
      data: {
        meetingId,
        itemNumber: '2',
        declarations: [{ member: 'Mr. I. D. Quarrie OBE CC', concerning: 'all-items', nature: 'not-stated' }],
        recordedAt,
      },
    },
  ]),
];

describe('people: who the records name, across bodies', () => {
  let api: ApiOverCommands;
  const graphql = <T>(query: string) => api.graphql<T>(query);
  const settled = () => api.settled();
  const record = (command: DomainCommand) => api.record(command);

  beforeAll(async () => {
    api = await startApiOverCommands(commands);
  }, 120_000);
  afterAll(() => api?.close());

  it('makes one person of two spellings, and keeps a councillor and an officer of one surname apart', async () => {
    const { people } = await graphql<{ people: { totalCount: number; edges: { node: { personId: string; nameForms: string[] } }[] } }>(
      `{ people(${settled()}) { totalCount edges { node { personId nameForms } } } }`,
    );
    expect(people.totalCount).toBe(3);
    expect(people.edges.map((edge) => edge.node)).toEqual([
      { personId: 'fairlie.a', nameForms: ['Cllr A. Fairlie'] },
      { personId: 'fairlie.e', nameForms: ['Euan Fairlie', 'Mr. E. Fairlie'] },
      { personId: 'quarrie.id', nameForms: ['Mr I.D. Quarrie OBE CC', 'Mr. I. D. Quarrie OBE CC'] },
    ]);
  });

  it("gives a person's record across every body: offices, chairs, attendance, declarations", async () => {
    const { person } = await graphql<{ person: unknown }>(`{
      person(personId: "quarrie.id", ${settled()}) {
        displayName honorifics postNominals matchedBecause
        offices { totalCount edges { node { bodyId office term from until termEndsBy electedBy { meetingId itemNumber part } nameAsPrinted } } }
        meetingsChaired { edges { node { meetingId bodyId heldOn wording nameAsPrinted } } }
        attendance { edges { node { meetingId as role organisation } } }
        declarations { edges { node { meetingId bodyId declaredUnderItemNumber concerningItemNumber concerning nature nameAsPrinted } } }
      }
    }`);
    expect(person).toEqual({
      displayName: 'I. D. Quarrie',
      honorifics: ['Mr'],
      postNominals: ['OBE', 'CC'],
      matchedBecause: ['matched by surname Quarrie and initials I D'],
      offices: {
        totalCount: 1,
        edges: [
          {
            node: {
              bodyId: FERNMOOR,
              office: 'CHAIR',
              term: '2023/24',
              from: '2024-03-14',
              until: null,
              termEndsBy: '2024-04-30',
              electedBy: { meetingId: 'fernmoor-csp-2024-03-14', itemNumber: '1', part: 'a' },
              nameAsPrinted: 'Mr I.D. Quarrie OBE CC',
            },
          },
        ],
      },
      meetingsChaired: {
        edges: [
          {
            node: {
              meetingId: 'fernmoor-csp-2024-03-14',
              bodyId: FERNMOOR,
              heldOn: '2024-03-14',
              wording: 'Mr I.D. Quarrie OBE CC in the Chair',
              nameAsPrinted: 'Mr I.D. Quarrie OBE CC',
            },
          },
          {
            node: {
              meetingId: 'dale-hwb-2024-04-11',
              bodyId: DALE,
              heldOn: '2024-04-11',
              wording: 'Mr. I. D. Quarrie OBE CC in the Chair',
              nameAsPrinted: 'Mr. I. D. Quarrie OBE CC',
            },
          },
        ],
      },
      attendance: { edges: [{ node: { meetingId: 'fernmoor-csp-2024-03-14', as: 'PRESENT', role: null, organisation: null } }] },
      declarations: {
        edges: [
          {
            node: {
              meetingId: 'fernmoor-csp-2024-03-14',
              bodyId: FERNMOOR,
              declaredUnderItemNumber: '2',
              concerningItemNumber: '3',
              concerning: null,
              nature: 'PERSONAL',
              nameAsPrinted: 'Mr I.D. Quarrie OBE CC',
            },
          },
          {
            node: {
              meetingId: 'dale-hwb-2024-04-11',
              bodyId: DALE,
              declaredUnderItemNumber: '2',
              concerningItemNumber: null,
              concerning: 'ALL_ITEMS',
              nature: 'NOT_STATED',
              nameAsPrinted: 'Mr. I. D. Quarrie OBE CC',
            },
          },
        ],
      },
    });
  });

  it('gives the items a person presented, as the minutes say', async () => {
    const { person } = await graphql<{ person: unknown }>(
      `{ person(personId: "fairlie.e", ${settled()}) { presentations { totalCount edges { node { meetingId itemNumber presented role nameAsPrinted } } } } }`,
    );
    expect(person).toEqual({
      presentations: {
        totalCount: 1,
        edges: [
          {
            node: {
              meetingId: 'fernmoor-csp-2024-03-14',
              itemNumber: '3',
              presented: true,
              role: 'Community Safety Manager',
              nameAsPrinted: 'Mr. E. Fairlie',
            },
          },
        ],
      },
    });
  });

  it('links the names a meeting and a body print to their person', async () => {
    const data = await graphql<unknown>(`{
      meeting(meetingId: "fernmoor-csp-2024-03-14", ${settled()}) {
        chairs { person { personId } }
        attendance { present { name person { personId } } inAttendance { person { personId } } }
        declarations { person { personId } }
        items { presentedBy { person { personId } } }
      }
      body(bodyId: "${FERNMOOR}") { officeholderOn(office: CHAIR, inForceAt: "2024-04-01") { person { personId displayName } } }
    }`);
    expect(data).toEqual({
      meeting: {
        chairs: [{ person: { personId: 'quarrie.id' } }],
        attendance: {
          present: [
            { name: 'Mr I.D. Quarrie OBE CC', person: { personId: 'quarrie.id' } },
            { name: 'Cllr A. Fairlie', person: { personId: 'fairlie.a' } },
          ],
          inAttendance: [{ person: { personId: 'fairlie.e' } }],
        },
        declarations: [{ person: { personId: 'quarrie.id' } }],
        items: [{ presentedBy: null }, { presentedBy: null }, { presentedBy: [{ person: { personId: 'fairlie.e' } }] }],
      },
      body: { officeholderOn: { person: { personId: 'quarrie.id', displayName: 'I. D. Quarrie' } } },
    });
  });

  it("follows the clerk's split and merge, and says why", async () => {
    await record({
      type: 'SplitPerson',
      data: {
        registerId: PEOPLE_REGISTER,
        personId: 'fairlie.e',
        nameForms: ['Mr. E. Fairlie'],
        reason: 'Another officer of that name',
        decidedOn,
      },
    });
    await record({
      type: 'MergePersons',
      data: {
        registerId: PEOPLE_REGISTER,
        personId: 'fairlie.e.2',
        intoPersonId: 'fairlie.a',
        reason: 'The same man, by the papers',
        decidedOn,
      },
    });
    const { people } = await graphql<{
      people: { edges: { node: { personId: string; nameForms: string[]; matchedBecause: string[] } }[] };
    }>(`{ people(search: "fairlie", ${settled()}) { edges { node { personId nameForms matchedBecause } } } }`);
    expect(people.edges.map((edge) => edge.node)).toEqual([
      {
        personId: 'fairlie.a',
        nameForms: ['Cllr A. Fairlie', 'Mr. E. Fairlie'],
        matchedBecause: [
          'matched by surname Fairlie and initials A',
          'matched by surname Fairlie and initials E',
          'split from fairlie.e on 2024-05-02: Another officer of that name',
          'fairlie.e.2 merged into fairlie.a on 2024-05-02: The same man, by the papers',
        ],
      },
      { personId: 'fairlie.e', nameForms: ['Euan Fairlie'], matchedBecause: ['matched by surname Fairlie and initials E'] },
    ]);
  });

  it('pages people both ways, with the count of the whole list', async () => {
    const page = <T>(args: string) =>
      graphql<{ people: T }>(
        `{ people(${args}) { totalCount edges { node { personId } } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`,
      );
    type Page = {
      totalCount: number;
      edges: { node: { personId: string } }[];
      pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string };
    };
    const last = (await page<Page>('last: 1')).people;
    expect(last.edges.map((edge) => edge.node.personId)).toEqual(['quarrie.id']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await page<Page>(`last: 5, before: "${last.pageInfo.startCursor}"`)).people;
    expect(before.edges.map((edge) => edge.node.personId)).toEqual(['fairlie.a', 'fairlie.e']);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(before.totalCount).toBe(3);
  });
});
