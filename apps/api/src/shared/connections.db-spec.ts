import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

/** An invented board with five meetings, each deciding two parts, and a few members, declarations, follow-ups and actions. */
const BODY = 'ashby-vale-csp';
const DAYS = ['2025-01-09', '2025-03-13', '2025-05-08', '2025-07-10', '2025-09-11'];
const meetingOf = (day: string) => `${BODY}-${day}`;
const FIRST = meetingOf(DAYS[0]);
const decision = { meetingId: FIRST, itemNumber: '1', part: 'a' };

const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: 'Ashby Vale Community Safety Partnership', shortName: 'AVCSP' } },
  ...DAYS.flatMap((day): DomainCommand[] => [
    { type: 'ScheduleMeeting', data: { meetingId: meetingOf(day), bodyId: BODY, startsAt: `${day}T10:00:00Z` } },
    { type: 'AddAgendaItem', data: { meetingId: meetingOf(day), item: { number: '1', title: `Update of ${day}`, kind: 'report' } } },
    {
      type: 'PassResolution',
      data: {
        meetingId: meetingOf(day),
        itemNumber: '1',
        recordedAt: `${day}T12:00:00Z`,
        parts: [
          { label: 'a', kind: 'noted', text: `That the update of ${day} be noted.`, effects: [] },
          { label: 'b', kind: 'noted', text: `That the risks of ${day} be noted.`, effects: [] },
        ],
      },
    },
  ]),
  ...['Ashby Borough Council', 'Vale Police', 'Vale Fire and Rescue'].map((name): DomainCommand => ({
    type: 'AdmitMemberOrganisation',
    data: { bodyId: BODY, organisationId: name.toLowerCase().replaceAll(' ', '-'), organisationName: name, inForceFrom: DAYS[0], decision },
  })),
  {
    type: 'RecordDeclarationsOfInterest',
    data: {
      meetingId: FIRST,
      recordedAt: `${DAYS[0]}T12:00:00Z`,
      itemNumber: '1',
      declarations: ['Cllr P. Amis', 'Cllr R. Bell', 'Cllr S. Cole'].map((member) => ({
        member,
        concerningItemNumber: '1',
        nature: 'personal',
      })),
    },
  },
  ...[1, 2, 3].flatMap((n): DomainCommand[] => [
    {
      type: 'RaiseFollowUp',
      data: {
        followUpId: `${BODY}-follow-up-${n}`,
        bodyId: BODY,
        raisedBy: decision,
        raisedOn: DAYS[0],
        kind: 'report',
        subject: `Report ${n}`,
        due: { kind: 'next-meeting' },
      },
    },
    {
      type: 'RaiseAction',
      data: {
        actionId: `${BODY}-action-${n}`,
        bodyId: BODY,
        raisedFrom: { meetingId: FIRST, itemNumber: '1' },
        raisedOn: DAYS[0],
        owner: 'The Partnership Manager',
        description: `Action ${n}`,
      },
    },
  ]),
];

interface Page<Node> {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = (node: string) =>
  `totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

describe('lists as Relay connections: pages both ways, with the whole count', () => {
  let api: ApiOverCommands;

  beforeAll(async () => {
    api = await startApiOverCommands(commands);
  }, 120_000);
  afterAll(() => api?.close());

  const meetings = async (paging: string) =>
    (
      await api.graphql<{ meetings: Page<{ heldOn: string }> }>(
        `{ meetings(bodyId: "${BODY}", ${paging}, ${api.settled()}) { ${PAGE('heldOn')} } }`,
      )
    ).meetings;
  const days = (page: Page<{ heldOn: string }>) => page.edges.map((edge) => edge.node.heldOn);

  it('pages meetings forward and back by their dates, counting them all', async () => {
    const first = await meetings('first: 2');
    expect([days(first), first.totalCount, first.pageInfo.hasPreviousPage, first.pageInfo.hasNextPage]).toEqual([
      DAYS.slice(0, 2),
      5,
      false,
      true,
    ]);
    const second = await meetings(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect([days(second), second.pageInfo.hasPreviousPage, second.pageInfo.hasNextPage]).toEqual([DAYS.slice(2, 4), true, true]);

    const last = await meetings('last: 2');
    expect([days(last), last.totalCount, last.pageInfo.hasPreviousPage, last.pageInfo.hasNextPage]).toEqual([
      DAYS.slice(3),
      5,
      true,
      false,
    ]);
    const before = await meetings(`last: 2, before: "${last.pageInfo.startCursor}"`);
    expect([days(before), before.pageInfo.hasPreviousPage, before.pageInfo.hasNextPage]).toEqual([DAYS.slice(1, 3), true, true]);
    const start = await meetings(`last: 2, before: "${before.pageInfo.startCursor}"`);
    expect([days(start), start.pageInfo.hasPreviousPage]).toEqual([DAYS.slice(0, 1), false]);

    // Between two cursors, forward.
    const between = await meetings(`first: 10, after: "${first.pageInfo.startCursor}", before: "${last.pageInfo.endCursor}"`);
    expect(days(between)).toEqual(DAYS.slice(1, 4));
  });

  it('counts meetings with the date filters applied, and pages a body’s meetings the same way', async () => {
    expect((await meetings(`first: 1, from: "${DAYS[1]}", to: "${DAYS[3]}"`)).totalCount).toBe(3);
    const { body } = await api.graphql<{ body: { meetings: Page<{ heldOn: string }> } }>(
      `{ body(bodyId: "${BODY}", ${api.settled()}) { meetings(last: 1) { ${PAGE('heldOn')} } } }`,
    );
    expect([days(body.meetings), body.meetings.totalCount]).toEqual([[DAYS[4]], 5]);
  });

  it('pages the decision register back from its oldest entries, in register order', async () => {
    const register = async (paging: string) =>
      (
        await api.graphql<{ decisionRegister: Page<{ citation: string; heldOn: string; part: string }> }>(
          `{ decisionRegister(bodyId: "${BODY}", ${paging}, ${api.settled()}) { ${PAGE('heldOn part')} } }`,
        )
      ).decisionRegister;
    const entries = (page: Page<{ heldOn: string; part: string }>) => page.edges.map((edge) => `${edge.node.heldOn}(${edge.node.part})`);

    const newest = await register('first: 3');
    expect([entries(newest), newest.totalCount]).toEqual([['2025-09-11(a)', '2025-09-11(b)', '2025-07-10(a)'], 10]);
    const oldest = await register('last: 3');
    expect([entries(oldest), oldest.pageInfo.hasPreviousPage, oldest.pageInfo.hasNextPage]).toEqual([
      ['2025-03-13(b)', '2025-01-09(a)', '2025-01-09(b)'],
      true,
      false,
    ]);
    const before = await register(`last: 2, before: "${oldest.pageInfo.startCursor}"`);
    expect([entries(before), before.pageInfo.hasNextPage]).toEqual([['2025-05-08(b)', '2025-03-13(a)'], true]);
    expect((await register(`first: 1, from: "${DAYS[4]}"`)).totalCount).toBe(2);
  });

  it('pages members, declarations, follow-ups and actions, which were plain lists, with their counts', async () => {
    const { body, meeting, followUpsConnection, actionsConnection } = await api.graphql<{
      body: { membersConnection: Page<{ organisationName: string }> };
      meeting: { declarationsConnection: Page<{ member: string }> };
      followUpsConnection: Page<{ subject: string }>;
      actionsConnection: Page<{ description: string }>;
    }>(`{
      body(bodyId: "${BODY}", ${api.settled()}) { membersConnection(inForceAt: "${DAYS[1]}", first: 2) { ${PAGE('organisationName')} } }
      meeting(meetingId: "${FIRST}") { declarationsConnection(last: 1) { ${PAGE('member')} } }
      followUpsConnection(bodyId: "${BODY}", first: 1, after: "${offsetCursor(0)}") { ${PAGE('subject')} }
      actionsConnection(bodyId: "${BODY}", last: 2) { ${PAGE('description')} }
    }`);
    expect(body.membersConnection.edges.map((edge) => edge.node.organisationName)).toEqual([
      'Ashby Borough Council',
      'Vale Fire and Rescue',
    ]);
    expect([body.membersConnection.totalCount, body.membersConnection.pageInfo.hasNextPage]).toEqual([3, true]);
    expect(meeting.declarationsConnection.edges.map((edge) => edge.node.member)).toEqual(['Cllr S. Cole']);
    expect([meeting.declarationsConnection.totalCount, meeting.declarationsConnection.pageInfo.hasPreviousPage]).toEqual([3, true]);
    expect(followUpsConnection.edges.map((edge) => edge.node.subject)).toEqual(['Report 2']);
    expect([
      followUpsConnection.totalCount,
      followUpsConnection.pageInfo.hasPreviousPage,
      followUpsConnection.pageInfo.hasNextPage,
    ]).toEqual([3, true, true]);
    expect(actionsConnection.edges.map((edge) => edge.node.description)).toEqual(['Action 2', 'Action 3']);
    expect(actionsConnection.totalCount).toBe(3);
  });
});

/** The cursor a list held whole gives its item at an offset (opaque to clients; the spec builds one to start mid-list). */
const offsetCursor = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');
