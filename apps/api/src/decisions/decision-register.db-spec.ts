import { issueToken } from '@ledger/auth';
import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

const SECRET = 'register-spec-only-secret-0123456789abcdefgh';
/** Two invented boards; the first's spring meeting took exempt business. */
const HOLLOWAY = 'holloway-csp';
const STANE = 'stane-hwb';

function meeting(
  bodyId: string,
  date: string,
  items: { number: string; minuteNumber?: string; title: string; text: string; kind: string; exempt?: true }[],
) {
  const meetingId = `${bodyId}-${date}`;
  return [
    { type: 'ScheduleMeeting', data: { meetingId, bodyId, startsAt: `${date}T14:00:00Z` } },
    ...items.flatMap((item) => [
      {
        type: 'AddAgendaItem',
        data: {
          meetingId,
          item: {
            number: item.number,
            ...(item.minuteNumber && { minuteNumber: item.minuteNumber }),
            title: item.title,
            kind: 'report',
            ...(item.exempt && { exempt: { paragraphs: [3] } }),
          },
        },
      },
      {
        type: 'PassResolution',
        data: {
          meetingId,
          itemNumber: item.number,
          recordedAt: `${date}T16:00:00Z`,
          parts: [{ kind: item.kind, text: item.text, effects: [] }],
        },
      },
    ]),
  ] as DomainCommand[];
}

const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: HOLLOWAY, name: 'Holloway Community Safety Partnership', shortName: 'HCSP' } },
  { type: 'EstablishBody', data: { bodyId: STANE, name: 'Stane Health and Wellbeing Board', shortName: 'SHWB' } },
  ...meeting(HOLLOWAY, '2024-03-14', [
    { number: '4', minuteNumber: '31', title: 'Graffiti removal', text: 'That the graffiti removal figures be noted.', kind: 'noted' },
    {
      number: '5',
      minuteNumber: '32',
      title: 'Security contract',
      text: 'That the tender from Wardline Ltd be accepted.',
      kind: 'approved',
      exempt: true,
    },
  ]),
  ...meeting(HOLLOWAY, '2024-06-13', [
    { number: '3', title: 'Graffiti strategy', text: 'That the graffiti strategy be approved.', kind: 'approved' },
  ]),
  ...meeting(STANE, '2024-05-09', [
    { number: '7', title: 'Pharmacy needs', text: 'That the pharmacy needs assessment be noted.', kind: 'noted' },
  ]),
];

describe('the decision register: its filters, and the public never finding exempt business', () => {
  let api: ApiOverCommands;
  let member: string;

  const register = async (filters: string, token?: string) =>
    (
      await api.graphql<{ decisionRegister: { edges: { node: { meetingId: string; itemNumber: string } }[] } }>(
        `{ decisionRegister(${filters}${filters ? ', ' : ''}${api.settled()}) { edges { node { meetingId itemNumber } } } }`,
        token,
      )
    ).decisionRegister.edges.map(({ node }) => `${node.meetingId}/${node.itemNumber}`);

  beforeAll(async () => {
    api = await startApiOverCommands(commands, { AUTH_JWT_SECRET: SECRET });
    member = await issueToken(
      { key: { kind: 'hs256', secret: SECRET }, issuer: 'governance-ledger', audience: 'governance-ledger', maxTokenHours: 1 },
      { subject: 'member-1', role: 'member' },
    );
  }, 120_000);
  afterAll(() => api?.close());

  it('shows the public every decision but the exempt one, newest first, and a member that one too', async () => {
    const open = [`${HOLLOWAY}-2024-06-13/3`, `${STANE}-2024-05-09/7`, `${HOLLOWAY}-2024-03-14/4`];
    expect(await register('')).toEqual(open);
    expect(await register('', member)).toEqual([...open, `${HOLLOWAY}-2024-03-14/5`]);
    // Not even by its words.
    expect(await register('search: "Wardline"')).toEqual([]);
    expect(await register('search: "Wardline"', member)).toEqual([`${HOLLOWAY}-2024-03-14/5`]);
  });

  it('filters by body, meeting, printed minute number, kind, dates and words', async () => {
    expect(await register(`bodyId: "${STANE}"`)).toEqual([`${STANE}-2024-05-09/7`]);
    expect(await register(`meetingId: "${HOLLOWAY}-2024-03-14"`)).toEqual([`${HOLLOWAY}-2024-03-14/4`]);
    expect(await register(`bodyId: "${HOLLOWAY}", minute: "31"`)).toEqual([`${HOLLOWAY}-2024-03-14/4`]);
    expect(await register('kinds: [APPROVED]')).toEqual([`${HOLLOWAY}-2024-06-13/3`]);
    expect(await register('from: "2024-04-01", to: "2024-05-31"')).toEqual([`${STANE}-2024-05-09/7`]);
    expect(await register('search: "graffiti"')).toEqual([`${HOLLOWAY}-2024-06-13/3`, `${HOLLOWAY}-2024-03-14/4`]);
    // A blank minute or search is no filter.
    expect(await register('minute: "", search: ""')).toHaveLength(3);
  });
});
