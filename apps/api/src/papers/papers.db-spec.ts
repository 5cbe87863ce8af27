import { issueToken } from '@ledger/auth';
import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

const SECRET = 'papers-spec-only-secret-0123456789abcdefgh';
const BODY = 'fernmoor-csp';

/** Two invented meetings that each considered a quarterly performance report, one with an exempt contract report. */
function meeting(date: string, quarter: string, extra: DomainCommand[] = []): DomainCommand[] {
  const meetingId = `${BODY}-${date}`;
  const recordedAt = `${date}T16:00:00Z`;
  return [
    { type: 'ScheduleMeeting', data: { meetingId, bodyId: BODY, startsAt: `${date}T14:00:00Z` } },
    {
      type: 'AddAgendaItem',
      data: {
        meetingId,
        item: {
          number: '41',
          agendaNumber: '5',
          title: `Performance - ${quarter}`,
          kind: 'report',
          report: { title: `Partnership Performance Report - ${quarter}`, sizeKb: 210 },
          presenter: { name: 'A. Brennan', role: 'Head of Community Safety' },
        },
      },
    },
    {
      type: 'PassResolution',
      data: { meetingId, itemNumber: '41', recordedAt, parts: [{ kind: 'noted', text: 'That the report be noted.', effects: [] }] },
    },
    ...extra,
  ];
}

const exempt: DomainCommand[] = [
  {
    type: 'AddAgendaItem',
    data: {
      meetingId: `${BODY}-2024-06-13`,
      item: {
        number: '42',
        title: 'CCTV contract',
        kind: 'report',
        report: { title: 'CCTV Contract Award', author: 'the Head of Community Safety' },
        exempt: { paragraphs: [3] },
      },
    },
  },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: `${BODY}-2024-06-13`,
      itemNumber: '42',
      recordedAt: '2024-06-13T16:00:00Z',
      paragraphs: ['The bids were compared.'],
      points: [],
    },
  },
];

describe('papers: the reports meetings considered', () => {
  let api: ApiOverCommands;
  const graphql = <T>(query: string, token?: string) => api.graphql<T>(query, token);

  beforeAll(async () => {
    api = await startApiOverCommands(
      [
        { type: 'EstablishBody', data: { bodyId: BODY, name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP' } },
        ...meeting('2024-03-14', 'Quarter 3'),
        ...meeting('2024-06-13', 'Quarter 4', exempt),
      ],
      { AUTH_JWT_SECRET: SECRET },
    );
  }, 120_000);
  afterAll(() => api?.close());

  it("gives a recurring report's history: each paper, the item that considered it, its citation and what was decided", async () => {
    const { papers } = await graphql<{ papers: unknown }>(`{
      papers(bodyId: "${BODY}", search: "performance report", ${api.settled()}) {
        totalCount
        edges { node {
          paperId title sizeKb author heldOn itemNumber itemId itemTitle agendaItemLabel listedPresenter { name role } presentedBy { name }
          consideredAt { citation resolution { citation kind text } }
        } }
      }
    }`);
    const paper = (date: string, quarter: string) => ({
      node: {
        paperId: `${BODY}-${date}/41/paper`,
        title: `Partnership Performance Report - ${quarter}`,
        sizeKb: 210,
        author: null,
        heldOn: date,
        itemNumber: '41',
        itemId: `${BODY}-${date}/41`,
        itemTitle: `Performance - ${quarter}`,
        agendaItemLabel: 'Agenda Item 5',
        listedPresenter: { name: 'A. Brennan', role: 'Head of Community Safety' },
        presentedBy: null,
        consideredAt: {
          citation: `FCSP ${date === '2024-03-14' ? '14 March' : '13 June'} 2024, minute 41`,
          resolution: [
            {
              citation: `FCSP ${date === '2024-03-14' ? '14 March' : '13 June'} 2024, minute 41`,
              kind: 'NOTED',
              text: 'That the report be noted.',
            },
          ],
        },
      },
    });
    expect(papers).toEqual({ totalCount: 2, edges: [paper('2024-03-14', 'Quarter 3'), paper('2024-06-13', 'Quarter 4')] });
  });

  it('shows the report of exempt business to members, not to the public, by list or by id', async () => {
    const query = `{ papers(bodyId: "${BODY}", search: "cctv") { totalCount } paper(paperId: "${BODY}-2024-06-13/42/paper") { title author } }`;
    expect(await graphql(query)).toEqual({ papers: { totalCount: 0 }, paper: null });
    const member = await issueToken(
      { key: { kind: 'hs256', secret: SECRET }, issuer: 'governance-ledger', audience: 'governance-ledger', maxTokenHours: 1 },
      { subject: 'member-1', role: 'member' },
    );
    expect(await graphql(query, member)).toEqual({
      papers: { totalCount: 1 },
      paper: { title: 'CCTV Contract Award', author: 'the Head of Community Safety' },
    });
  });

  it('answers null for an id that names no paper', async () => {
    expect(await graphql(`{ a: paper(paperId: "nonsense") { title } b: paper(paperId: "${BODY}-2024-03-14/9/paper") { title } }`)).toEqual({
      a: null,
      b: null,
    });
  });
});
