import { issueToken } from '@ledger/auth';
import type { DomainCommand } from '@ledger/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseAtomFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { type ApiOverCommands, startApiOverCommands } from '../../testing/api-over-commands';
import { agreedDateUid, meetingUid } from './calendar-entries';
import { atomEntryId, atomFeedId } from './decisions-atom';

const SECRET = 'feeds-spec-only-secret-0123456789abcdefghij';
const BODY = 'wyvern-vale-csp';
const NAME = 'Wyvern Vale Community Safety Partnership';
/** Moved twice before it was held: first set for 7 March, held on 14 March. */
const MARCH = `${BODY}-2024-03-07`;
/** Its minutes printed no time: the ledger knows only the day. */
const JUNE = `${BODY}-2024-06-20`;
const JULY = `${BODY}-2024-07-18`;

const PLAN_TEXT =
  'That the plan be approved, with "Safer Streets" as its fourth priority, subject to:\n(i) the targets, as amended; and\n(ii) a review in 2025.';
const EXEMPT_TEXT = 'That the CCTV monitoring contract be awarded to Nightjar Monitoring Ltd for £412,000.';
const EXEMPT_WORD = 'Nightjar';

const atMarch = (time: string) => ({ meetingId: MARCH, recordedAt: `2024-03-14T${time}Z` });

/** An invented partnership and its 2024 meetings; nothing here is a real body's record. */
const commands: DomainCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: NAME, shortName: 'WVCSP' } },
  {
    type: 'ScheduleMeeting',
    data: {
      meetingId: MARCH,
      bodyId: BODY,
      startsAt: '2024-03-07T14:00:00Z',
      location: { kind: 'venue', venue: 'Council Chamber, Wyvern House' },
    },
  },
  {
    type: 'RescheduleMeeting',
    data: { meetingId: MARCH, startsAt: '2024-03-12T14:00:00Z', reason: 'The chamber was needed for an election count' },
  },
  { type: 'RescheduleMeeting', data: { meetingId: MARCH, startsAt: '2024-03-14T14:00:00Z', reason: 'The chair was unwell' } },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '5', title: 'Community Safety Plan, 2024 to 2027', kind: 'report' } },
  },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '6', title: 'Dates of future meetings', kind: 'date-of-next-meeting' } },
  },
  {
    type: 'AddAgendaItem',
    data: { meetingId: MARCH, item: { number: '9', title: 'CCTV monitoring contract', kind: 'report', exempt: { paragraphs: [3] } } },
  },
  {
    type: 'PassResolution',
    data: {
      ...atMarch('15:00:00'),
      itemNumber: '5',
      parts: [
        { label: 'a', kind: 'approved-subject-to-amendment', text: PLAN_TEXT, effects: [] },
        { label: 'b', kind: 'requested', text: 'That a progress report be brought to the September meeting.', effects: [] },
      ],
    },
  },
  {
    type: 'PassResolution',
    data: {
      ...atMarch('15:20:00'),
      itemNumber: '6',
      parts: [{ kind: 'agreed', text: 'That the Partnership meet on 12 September 2024 at 2pm.', effects: [] }],
    },
  },
  {
    type: 'PassResolution',
    data: { ...atMarch('15:40:00'), itemNumber: '9', parts: [{ kind: 'approved', text: EXEMPT_TEXT, effects: [] }] },
  },
  { type: 'CloseMeeting', data: { ...atMarch('16:05:00'), endedAt: '2024-03-14T16:05:00Z' } },
  {
    type: 'AgreeFutureMeetingDates',
    data: { bodyId: BODY, startTimes: ['2024-09-12T14:00:00+01:00'], decision: { meetingId: MARCH, itemNumber: '6' } },
  },
  { type: 'ScheduleMeeting', data: { meetingId: JUNE, bodyId: BODY, heldOn: '2024-06-20' } },
  { type: 'AddAgendaItem', data: { meetingId: JUNE, item: { number: '3', title: 'Anti-social behaviour update', kind: 'report' } } },
  {
    type: 'PassResolution',
    data: {
      meetingId: JUNE,
      recordedAt: '2024-06-20T18:00:00Z',
      itemNumber: '3',
      parts: [{ kind: 'noted', text: 'That the update be noted.', effects: [] }],
    },
  },
  {
    type: 'ScheduleMeeting',
    data: {
      meetingId: JULY,
      bodyId: BODY,
      startsAt: '2024-07-18T10:00:00+01:00',
      location: { kind: 'online', platform: 'Microsoft Teams' },
    },
  },
  { type: 'CancelMeeting', data: { meetingId: JULY, reason: 'Not quorate' } },
];

describe('feeds and exports of a body over HTTP', () => {
  let api: ApiOverCommands;
  let base: string;
  let memberToken: string;

  const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = async (path: string, token?: string) => {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    return response.text();
  };
  const keySettings = {
    key: { kind: 'hs256' as const, secret: SECRET },
    issuer: 'governance-ledger',
    audience: 'governance-ledger',
    maxTokenHours: 1,
  };
  const auditToken = () => issueToken(keySettings, { subject: 'feeds-auditor', role: 'auditor' });

  /** When the log recorded the resolution of an item, as the audit trail gives it. */
  async function resolutionRecordedAt(meetingId: string, itemNumber: string): Promise<string> {
    const { streamEvents } = await api.graphql<{ streamEvents: { type: string; recordedAt: string; data: { itemNumber?: string } }[] }>(
      `{ streamEvents(streamId: "meeting-${meetingId}") { type recordedAt data } }`,
      await auditToken(),
    );
    return streamEvents.find((event) => event.type === 'ResolutionPassed' && event.data.itemNumber === itemNumber)!.recordedAt;
  }

  beforeAll(async () => {
    api = await startApiOverCommands(commands, { AUTH_JWT_SECRET: SECRET });
    base = new URL(api.url).origin;
    memberToken = await issueToken(keySettings, { subject: 'feeds-member', role: 'member' });
    // The feeds read the read models as they stand: wait until they hold every command above.
    await api.graphql(`{ body(bodyId: "${BODY}", ${api.settled()}) { bodyId } }`);
  }, 60_000);
  afterAll(() => api?.close());

  it('gives the register as Atom, newest meeting first, each decision cited and dated when the log recorded it, nothing exempt', async () => {
    const response = await get(`/feeds/bodies/${BODY}/decisions.atom`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    // Other middleware may vary the answers by more headers; these vary by the caller's token.
    expect(response.headers.get('vary')?.split(/,\s*/)).toContain('Authorization');
    const atom = await response.text();
    expect(atom).not.toContain(EXEMPT_WORD);
    const feed = parseAtomFeed(atom);
    const june = await resolutionRecordedAt(JUNE, '3');
    expect(feed.id).toBe(atomFeedId(BODY));
    expect(feed.title).toEqual({ type: 'text', value: `${NAME}: decisions` });
    expect(feed.updated).toBe(june);
    expect(feed.entries?.map(({ id, title, updated, content }) => ({ id, title: title?.value, updated, content: content?.value }))).toEqual(
      [
        {
          id: atomEntryId(`${JUNE}/3/resolution`),
          title: 'WVCSP 20 June 2024, minute 3: Anti-social behaviour update (noted)',
          updated: june,
          content: 'That the update be noted.',
        },
        {
          id: atomEntryId(`${MARCH}/5/a`),
          title: 'WVCSP 14 March 2024, minute 5(a): Community Safety Plan, 2024 to 2027 (approved subject to amendment)',
          updated: await resolutionRecordedAt(MARCH, '5'),
          content: PLAN_TEXT,
        },
        {
          id: atomEntryId(`${MARCH}/5/b`),
          title: 'WVCSP 14 March 2024, minute 5(b): Community Safety Plan, 2024 to 2027 (requested)',
          updated: await resolutionRecordedAt(MARCH, '5'),
          content: 'That a progress report be brought to the September meeting.',
        },
        {
          id: atomEntryId(`${MARCH}/6/resolution`),
          title: 'WVCSP 14 March 2024, minute 6: Dates of future meetings (agreed)',
          updated: await resolutionRecordedAt(MARCH, '6'),
          content: 'That the Partnership meet on 12 September 2024 at 2pm.',
        },
      ],
    );
  });

  it('takes ?limit=, and gives a member, who may see exempt business, the exempt decision marked as such', async () => {
    expect(parseAtomFeed(await text(`/feeds/bodies/${BODY}/decisions.atom?limit=2`)).entries).toHaveLength(2);
    const entries = parseAtomFeed(await text(`/feeds/bodies/${BODY}/decisions.atom`, memberToken)).entries!;
    const exempt = entries.find((entry) => entry.id === atomEntryId(`${MARCH}/9/resolution`));
    expect(exempt?.content?.value).toBe(EXEMPT_TEXT);
    expect(exempt?.categories).toContainEqual({ term: 'EXEMPT', label: 'exempt business, not for publication' });
  });

  it('gives the meetings as iCalendar: the moved meeting with its SEQUENCE, the unknown time as a DATE, the cancelled and the agreed date', async () => {
    const response = await get(`/feeds/bodies/${BODY}/meetings.ics`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics).not.toContain(EXEMPT_WORD);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${NAME}: meetings`);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual([
      meetingUid(MARCH),
      meetingUid(JUNE),
      meetingUid(JULY),
      agreedDateUid(BODY, '2024-09-12T14:00:00+01:00'),
    ]);
    const [march, june, july, september] = events as [ICAL.Event, ICAL.Event, ICAL.Event, ICAL.Event];

    expect(march.sequence).toBe(2);
    expect(march.startDate.toJSDate()).toEqual(new Date('2024-03-14T14:00:00Z'));
    expect(march.endDate.toJSDate()).toEqual(new Date('2024-03-14T16:05:00Z'));
    expect(march.location).toBe('Council Chamber, Wyvern House');
    expect(march.summary).toBe(`${NAME} meeting`);
    expect(march.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    expect(june.startDate.isDate).toBe(true);
    expect(june.startDate.toString()).toBe('2024-06-20');
    expect(june.sequence).toBe(0);
    expect(june.component.getFirstProperty('location')).toBeNull();

    expect(july.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(july.description).toBe('Cancelled: Not quorate');

    expect(september.startDate.toJSDate()).toEqual(new Date('2024-09-12T13:00:00Z'));
    expect(september.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(september.description).toBe('A meeting date agreed at WVCSP 14 March 2024, minute 6; no meeting on this day is recorded.');
  });

  it('gives the register as CSV a spreadsheet reads back exactly, quoting included, as an attachment', async () => {
    const response = await get(`/feeds/bodies/${BODY}/decisions.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${BODY}-decisions.csv"`);
    const csv = await response.text();
    expect(csv).not.toContain(EXEMPT_WORD);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.decision_id)).toEqual([`${JUNE}/3/resolution`, `${MARCH}/5/a`, `${MARCH}/5/b`, `${MARCH}/6/resolution`]);
    expect(rows[1]).toEqual({
      citation: 'WVCSP 14 March 2024, minute 5(a)',
      meeting_date: '2024-03-14',
      minute_number: '5',
      item_title: 'Community Safety Plan, 2024 to 2027',
      decision_kind: 'APPROVED_SUBJECT_TO_AMENDMENT',
      text: PLAN_TEXT,
      decision_id: `${MARCH}/5/a`,
      meeting_page: '',
      exempt: 'false',
    });
  });

  it('gives the register as JSON between two dates, and to a member with the exempt decision', async () => {
    const response = await get(`/feeds/bodies/${BODY}/decisions.json?from=2024-06-01&to=2024-06-30`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${BODY}-decisions.json"`);
    expect(await response.json()).toEqual({
      bodyId: BODY,
      bodyName: NAME,
      from: '2024-06-01',
      to: '2024-06-30',
      decisions: [
        {
          citation: 'WVCSP 20 June 2024, minute 3',
          meetingDate: '2024-06-20',
          minuteNumber: '3',
          itemTitle: 'Anti-social behaviour update',
          decisionKind: 'NOTED',
          text: 'That the update be noted.',
          decisionId: `${JUNE}/3/resolution`,
          meetingPage: null,
          exempt: false,
        },
      ],
    });
    const forMember = JSON.parse(await text(`/feeds/bodies/${BODY}/decisions.json?to=2024-03-31`, memberToken));
    expect(forMember.decisions.map((decision: { decisionId: string }) => decision.decisionId)).toEqual([
      `${MARCH}/5/a`,
      `${MARCH}/5/b`,
      `${MARCH}/6/resolution`,
      `${MARCH}/9/resolution`,
    ]);
    expect(forMember.decisions[3]).toMatchObject({ text: EXEMPT_TEXT, exempt: true });
  });

  it('refuses a bad date with 400, an unknown body with 404 and a token that does not verify with 401, each with its code', async () => {
    const badDate = await get(`/feeds/bodies/${BODY}/decisions.csv?from=2024-02-30`);
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toEqual({
      errors: [
        {
          message: 'from must be a real date written YYYY-MM-DD, e.g. 2024-03-14; got "2024-02-30"',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const badLimit = await get(`/feeds/bodies/${BODY}/decisions.atom?limit=none`);
    expect(badLimit.status).toBe(400);
    for (const feed of ['decisions.atom', 'meetings.ics', 'decisions.csv', 'decisions.json']) {
      const unknown = await get(`/feeds/bodies/no-such-board/${feed}`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({
        errors: [{ message: 'The ledger holds no body "no-such-board"', extensions: { code: 'NOT_FOUND' } }],
      });
    }
    const forged = await get(`/feeds/bodies/${BODY}/meetings.ics`, `${memberToken}x`);
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
