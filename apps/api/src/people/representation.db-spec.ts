import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

/** An invented board whose lists of attendance print members with the organisations they came for. */
const BODY = 'hollin-water-csp';
const COUNCIL = 'Hollin Water Borough Council';
const POLICE = 'Hollin Water Police';
const DAYS = ['2024-01-11', '2024-04-11', '2024-07-11'] as const;
const meetingOf = (day: string) => `${BODY}-${day}`;

type Attendee = { name: string; organisation?: string; role?: string };
function meeting(day: string, present: Attendee[], apologies: Attendee[] = []): DomainCommand[] {
  const meetingId = meetingOf(day);
  return [
    { type: 'ScheduleMeeting', data: { meetingId, bodyId: BODY, startsAt: `${day}T10:00:00Z` } },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '1', title: 'Membership', kind: 'report' } } },
    {
      type: 'RecordAttendance',
      data: { meetingId, present, apologies, inAttendance: [{ name: 'Ms L. Price', role: 'Clerk' }], recordedAt: `${day}T12:00:00Z` },
    },
  ];
}
const decidedAt = (day: string) => ({ meetingId: meetingOf(day), itemNumber: '1' });

const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: 'Hollin Water Community Safety Partnership', shortName: 'HWCSP' } },
  ...meeting(DAYS[0], [
    { name: 'Cllr J. Ashdown', organisation: COUNCIL },
    { name: 'Supt K. Varga', organisation: POLICE },
  ]),
  ...meeting(
    DAYS[1],
    [
      { name: 'Councillor J. Ashdown', organisation: 'Hollin Water Borough  Council' },
      { name: 'Insp D. Rowe', organisation: `The ${POLICE}` },
    ],
    [{ name: 'Supt K. Varga', organisation: 'hollin water police' }],
  ),
  // Withdrawn from this meeting's day: who came for the police that day no longer represented a member.
  ...meeting(DAYS[2], [
    { name: 'Cllr J. Ashdown', organisation: `${COUNCIL} Cabinet` },
    { name: 'Insp D. Rowe', organisation: POLICE },
  ]),
  ...[COUNCIL, POLICE].map((name): DomainCommand => ({
    type: 'AdmitMemberOrganisation',
    data: {
      bodyId: BODY,
      organisationId: name.toLowerCase().replaceAll(' ', '-'),
      organisationName: name,
      inForceFrom: DAYS[0],
      decision: decidedAt(DAYS[0]),
    },
  })),
  {
    type: 'RaiseAction',
    data: {
      actionId: `${BODY}-action-1`,
      bodyId: BODY,
      raisedFrom: decidedAt(DAYS[1]),
      raisedOn: DAYS[1],
      owner: 'Insp D. Rowe',
      description: 'Walk the riverside route with the wardens',
    },
  },
  {
    type: 'RaiseFollowUp',
    data: {
      followUpId: `${BODY}-follow-up-1`,
      bodyId: BODY,
      raisedBy: decidedAt(DAYS[1]),
      raisedOn: DAYS[1],
      kind: 'report',
      subject: 'Burglary figures',
      askedOf: POLICE,
      due: { kind: 'next-meeting' },
    },
  },
  {
    type: 'WithdrawMemberOrganisation',
    data: { bodyId: BODY, organisationId: 'hollin-water-police', inForceFrom: DAYS[2], decision: decidedAt(DAYS[2]) },
  },
];

interface Representative {
  nameAsPrinted: string;
  firstOn: string;
  lastOn: string;
  attended: number;
  apologies: number;
  person: { personId: string } | null;
}

describe('who represented member organisations, and whom each person came for', () => {
  let api: ApiOverCommands;

  beforeAll(async () => {
    api = await startApiOverCommands(commands);
  }, 120_000);
  afterAll(() => api?.close());

  it("links the people the lists print with a member's name, while it was a member, as persons", async () => {
    const { body } = await api.graphql<{
      body: {
        membershipHistory: { organisationName: string; representatives: { totalCount: number; edges: { node: Representative }[] } }[];
      };
    }>(`{
      body(bodyId: "${BODY}", ${api.settled()}) {
        membershipHistory {
          organisationName
          representatives { totalCount edges { node { nameAsPrinted firstOn lastOn attended apologies person { personId } } } }
        }
      }
    }`);
    const byOrganisation = Object.fromEntries(
      body.membershipHistory.map((membership) => [membership.organisationName, membership.representatives.edges.map((edge) => edge.node)]),
    );
    expect(byOrganisation).toEqual({
      // "Cabinet" is another name: the third meeting's entry is not the council's.
      [COUNCIL]: [
        {
          nameAsPrinted: 'Councillor J. Ashdown',
          firstOn: DAYS[0],
          lastOn: DAYS[1],
          attended: 2,
          apologies: 0,
          person: { personId: 'ashdown.j' },
        },
      ],
      [POLICE]: [
        { nameAsPrinted: 'Supt K. Varga', firstOn: DAYS[0], lastOn: DAYS[1], attended: 1, apologies: 1, person: { personId: 'varga.k' } },
        { nameAsPrinted: 'Insp D. Rowe', firstOn: DAYS[1], lastOn: DAYS[1], attended: 1, apologies: 0, person: { personId: 'rowe.d' } },
      ],
    });
  });

  it('gives a person the organisations printed with their name, body by body', async () => {
    const { person } = await api.graphql<{ person: { organisations: { totalCount: number; edges: { node: unknown }[] } } }>(`{
      person(personId: "ashdown.j", ${api.settled()}) { organisations { totalCount edges { node { organisation bodyId firstOn lastOn meetings } } } }
    }`);
    expect(person.organisations.totalCount).toBe(2);
    expect(person.organisations.edges.map((edge) => edge.node)).toEqual([
      { organisation: 'Hollin Water Borough  Council', bodyId: BODY, firstOn: DAYS[0], lastOn: DAYS[1], meetings: 2 },
      { organisation: `${COUNCIL} Cabinet`, bodyId: BODY, firstOn: DAYS[2], lastOn: DAYS[2], meetings: 1 },
    ]);
  });

  it('links the owner of an action to the person the records name, and an organisation asked for a report to none', async () => {
    const { actions, followUps } = await api.graphql<{ actions: { person: unknown }[]; followUps: { person: unknown }[] }>(`{
      actions(bodyId: "${BODY}", ${api.settled()}) { person { personId } }
      followUps(bodyId: "${BODY}") { person { personId } }
    }`);
    expect(actions).toEqual([{ person: { personId: 'rowe.d' } }]);
    expect(followUps).toEqual([{ person: null }]);
  });

  it('gives no representatives where the lists print no organisation', async () => {
    const { person } = await api.graphql<{ person: { organisations: { totalCount: number } } }>(
      `{ person(personId: "price.l", ${api.settled()}) { organisations { totalCount } } }`,
    );
    expect(person.organisations.totalCount).toBe(0);
  });
});
