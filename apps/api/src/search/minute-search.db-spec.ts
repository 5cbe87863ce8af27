import { issueToken } from '@ledger/auth';
import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

const SECRET = 'minute-search-spec-only-secret-0123456789';
const BODY = 'kestrel-bay-csp';
const MARCH = `${BODY}-2025-03-06`;
const JUNE = `${BODY}-2025-06-05`;

/** Two invented meetings: minutes about night-time economy and fly-tipping, an exempt contract item, and a correction confirmed in June. */
const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: 'Kestrel Bay Community Safety Partnership', shortName: 'KBCSP' } },
  { type: 'ScheduleMeeting', data: { meetingId: MARCH, bodyId: BODY, startsAt: '2025-03-06T14:00:00Z' } },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '4', minuteNumber: '61', title: 'Night-Time Economy', kind: 'report' } },
  },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: MARCH,
      itemNumber: '4',
      recordedAt: '2025-03-06T16:00:00Z',
      paragraphs: [
        'The Licensing Manager reported that street marshals had worked each Saturday since November.',
        'Members asked whether the taxi marshals would continue after the pilot ended.',
        [
          'The pilot had been funded by the Police and Crime Commissioner for one year.',
          'Officers described how the scheme had been set up, how volunteers had been recruited and trained, how rotas were agreed with',
          'the licensed premises in the town centre, how incidents were logged each night and shared with the police licensing team,',
          'and how the figures for assaults and criminal damage had been compared with the same months of the previous year.',
          'They added that the evaluation of the pilot would be brought to a later meeting.',
        ].join(' '),
      ],
      points: [{ label: 'i', text: 'Street pastors would be asked to report on their patrols and on fly-tipping in the town centre.' }],
    },
  },
  {
    type: 'PassResolution',
    data: {
      meetingId: MARCH,
      itemNumber: '4',
      recordedAt: '2025-03-06T16:00:00Z',
      parts: [
        { label: 'a', kind: 'noted', text: 'That the report on the night-time economy be noted.', effects: [] },
        { label: 'b', kind: 'agreed', text: 'That funding for the taxi marshals be sought for a further year.', effects: [] },
      ],
    },
  },
  { type: 'AddAgendaItem', data: { meetingId: MARCH, item: { number: '5', title: 'Fly-tipping Enforcement', kind: 'report' } } },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: MARCH,
      itemNumber: '5',
      recordedAt: '2025-03-06T16:00:00Z',
      paragraphs: ['Fixed penalty notices for fly-tipping had doubled, and the marshals had reported eleven sites.'],
      points: [],
    },
  },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '6', title: 'CCTV Maintenance Contract', kind: 'report', exempt: { paragraphs: [3] } } },
  },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: MARCH,
      itemNumber: '6',
      recordedAt: '2025-03-06T16:00:00Z',
      paragraphs: ['The tender from Harbourview Security for the marshals radio link was the lowest.'],
      points: [],
    },
  },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '7', title: 'Radio Scheme Contract', kind: 'report', exempt: { paragraphs: [3] } } },
  },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: MARCH,
      itemNumber: '7',
      recordedAt: '2025-03-06T16:00:00Z',
      paragraphs: ['The radio scheme for the marshals was renewed, as the published minutes say.'],
      points: [],
      publishedAtSource: true,
    },
  },
  { type: 'AddAgendaItem', data: { meetingId: MARCH, item: { number: '8', title: 'Date of Next Meeting', kind: 'date-of-next-meeting' } } },
  { type: 'ScheduleMeeting', data: { meetingId: JUNE, bodyId: BODY, startsAt: '2025-06-05T14:00:00Z' } },
  {
    type: 'AddAgendaItem',
    data: { meetingId: JUNE, item: { number: '1', title: 'Minutes of the previous meeting', kind: 'minutes-of-previous-meeting' } },
  },
  {
    type: 'ConfirmMinutes',
    data: {
      meetingId: MARCH,
      confirmedBy: { meetingId: JUNE, itemNumber: '1', bodyId: BODY, heldOn: '2025-06-05' },
      corrections: [
        {
          itemNumber: '61',
          correctedText: 'street marshals had worked each Friday and Saturday',
          replacedText: 'street marshals had worked each Saturday',
        },
      ],
    },
  },
];

interface Hit {
  itemId: string;
  minuteNumber: string;
  kind: string;
  label: string | null;
  text: string;
  excerpt: string;
  highlights: { start: number; end: number }[];
  highlighted: string;
  citation: string;
  rank: number;
}
interface Search {
  totalCount: number;
  edges: { node: Hit }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
}

describe('searching the words of the minutes', () => {
  let api: ApiOverCommands;
  let clerk: string;

  beforeAll(async () => {
    api = await startApiOverCommands(commands, { AUTH_JWT_SECRET: SECRET });
    clerk = await issueToken(
      { key: { kind: 'hs256', secret: SECRET }, issuer: 'governance-ledger', audience: 'governance-ledger', maxTokenHours: 1 },
      { subject: 'clerk-1', role: 'clerk' },
    );
  }, 120_000);
  afterAll(() => api?.close());

  const search = async (args: string, token?: string) =>
    (
      await api.graphql<{ searchMinutes: Search }>(
        `{ searchMinutes(${args}, ${api.settled()}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { node { itemId minuteNumber kind label text excerpt highlights { start end } highlighted citation rank } }
        } }`,
        token,
      )
    ).searchMinutes;
  const found = (result: Search) =>
    result.edges.map(({ node }) => `${node.itemId} ${node.kind.toLowerCase()}${node.label ? ` ${node.label}` : ''}`);

  it('finds minute paragraphs and points, resolution parts and corrections, with citations by the printed minute number', async () => {
    const result = await search('words: "marshals", bodyId: "kestrel-bay-csp"');
    expect(found(result).sort()).toEqual(
      [
        `${MARCH}/4 minute`,
        `${MARCH}/4 minute`,
        `${MARCH}/4 resolution b`,
        `${MARCH}/4 correction`,
        `${MARCH}/5 minute`,
        `${MARCH}/7 minute`,
      ].sort(),
    );
    expect(result.totalCount).toBe(6);
    const part = result.edges.find(({ node }) => node.label === 'b')!.node;
    expect(part).toMatchObject({ minuteNumber: '61', citation: 'KBCSP 6 March 2025, minute 61(b)' });
    const correction = result.edges.find(({ node }) => node.kind === 'CORRECTION')!.node;
    expect(correction).toMatchObject({
      text: 'street marshals had worked each Friday and Saturday',
      citation: 'KBCSP 6 March 2025, minute 61',
    });
  });

  it('matches forms of a word and marks each match in the excerpt, a phrase as one match', async () => {
    const result = await search('words: "report fly-tipping"');
    expect(found(result).sort()).toEqual([`${MARCH}/4 minute i`, `${MARCH}/5 minute`]);
    const hit = result.edges.find(({ node }) => node.itemId === `${MARCH}/5`)!.node;
    expect(hit.excerpt).toBe(hit.text);
    expect(hit.highlights.map(({ start, end }) => hit.excerpt.slice(start, end))).toEqual(['fly-tipping', 'reported']);
    expect(hit.highlighted).toBe(
      'Fixed penalty notices for <mark>fly-tipping</mark> had doubled, and the marshals had <mark>reported</mark> eleven sites.',
    );
  });

  it('ranks a passage of an item whose title holds the words above one whose text alone does', async () => {
    const result = await search('words: "fly-tipping"');
    expect(found(result)).toEqual([`${MARCH}/5 minute`, `${MARCH}/4 minute i`]);
    const [titled, untitled] = result.edges.map(({ node }) => node.rank);
    expect(titled).toBeGreaterThan(untitled!);
  });

  it('gives the best fragments of a long passage, each match marked', async () => {
    const { edges } = await search('words: "pilot"');
    // The short paragraph comes whole; the long one as fragments.
    expect(edges.map(({ node }) => [node.text.length > 300, node.excerpt.length < node.text.length]).sort()).toEqual([
      [false, false],
      [true, true],
    ]);
    const hit = edges.find(({ node }) => node.text.length > 300)!.node;
    expect(hit.highlights.map(({ start, end }) => hit.excerpt.slice(start, end))).toEqual(['pilot', 'pilot']);
    expect(hit.excerpt).toContain(' … ');
  });

  it('never shows the public an exempt minute, not even by its words, but shows one its source published, and a clerk everything', async () => {
    expect((await search('words: "Harbourview"')).totalCount).toBe(0);
    expect(found(await search('words: "radio"'))).toEqual([`${MARCH}/7 minute`]);
    expect(found(await search('words: "Harbourview"', clerk))).toEqual([`${MARCH}/6 minute`]);
  });

  it('finds an item with no minute by its title, and filters by kind and date', async () => {
    expect(found(await search('words: "next meeting"'))).toEqual([`${MARCH}/8 title`]);
    expect(found(await search('words: "marshals", kinds: [RESOLUTION]'))).toEqual([`${MARCH}/4 resolution b`]);
    expect((await search('words: "marshals", from: "2025-04-01"')).totalCount).toBe(0);
    expect((await search('words: "marshals", to: "2025-03-05"')).totalCount).toBe(0);
    expect((await search('words: "marshals", to: "2025-03-06"')).totalCount).toBe(6);
  });

  it("finds only the body's passages it is asked for", async () => {
    expect((await search('words: "marshals", bodyId: "another-board"')).totalCount).toBe(0);
    expect((await search(`words: "marshals", bodyId: "${BODY}"`)).totalCount).toBe(6);
  });

  it('pages the matches both ways with their count', async () => {
    const first = await search('words: "marshals", first: 4');
    expect([first.edges.length, first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([4, 6, true, false]);
    const rest = await search(`words: "marshals", first: 4, after: "${first.pageInfo.endCursor}"`);
    expect([rest.edges.length, rest.pageInfo.hasNextPage, rest.pageInfo.hasPreviousPage]).toEqual([2, false, true]);
    // A page in the middle holds the page's size, not everything after its start.
    const second = await search(
      `words: "marshals", first: 2, after: "${(await search('words: "marshals", first: 2')).pageInfo.endCursor}"`,
    );
    expect([second.edges.length, second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([2, true, true]);
    const all = await search('words: "marshals", first: 10');
    expect([...first.edges, ...rest.edges].map(({ node }) => node.text)).toEqual(all.edges.map(({ node }) => node.text));
  });

  it('refuses blank words', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ searchMinutes(words: "  ") { totalCount } }' }),
    });
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
