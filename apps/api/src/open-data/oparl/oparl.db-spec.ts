import { type DomainCommand, PEOPLE_REGISTER } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../../testing/api-over-commands';
import { everyObjectOf, getJson, walkOParl } from './testing/oparl-walk';

/** An invented board, its member, a chair whose term has ended, a held meeting with exempt business, a cancelled one and one known only by its day. */
const BODY = 'wrenfield-csp';
const HELD = `${BODY}-2024-03-14`;
const CANCELLED = `${BODY}-2024-06-13`;
const DAY_ONLY = `${BODY}-2024-09-12`;
const recordedAt = '2024-03-14T16:00:00Z';

const commands: DomainCommand[] = [
  {
    type: 'EstablishBody',
    data: { bodyId: BODY, name: 'Wrenfield Community Safety Partnership', shortName: 'WCSP', establishedOn: '2019-04-01' },
  },
  {
    type: 'ScheduleMeeting',
    data: {
      meetingId: HELD,
      bodyId: BODY,
      startsAt: '2024-03-14T14:00:00Z',
      location: { kind: 'venue', venue: 'Council Chamber, Wrenfield Town Hall' },
    },
  },
  { type: 'AddAgendaItem', data: { meetingId: HELD, item: { number: '1', title: 'Election of Chair', kind: 'election-of-officeholder' } } },
  {
    type: 'AddAgendaItem',
    data: {
      meetingId: HELD,
      item: {
        number: '2',
        agendaNumber: '4',
        title: 'Night-time economy',
        kind: 'report',
        report: { title: 'Night-time Economy Review', sizeKb: 96, author: 'Cllr T. Brannigan, Licensing Lead' },
      },
    },
  },
  {
    type: 'AddAgendaItem',
    data: {
      meetingId: HELD,
      item: {
        number: '3',
        title: 'Door staff contract',
        kind: 'report',
        report: { title: 'Door Staff Tender' },
        exempt: { paragraphs: [3] },
      },
    },
  },
  {
    type: 'RecordAttendance',
    data: {
      meetingId: HELD,
      present: [{ name: 'Mrs P. Ashdown CC' }, { name: 'Cllr T. Brannigan', organisation: 'Wrenfield District Council' }],
      apologies: [],
      inAttendance: [],
      recordedAt,
    },
  },
  {
    type: 'PassResolution',
    data: {
      meetingId: HELD,
      itemNumber: '2',
      recordedAt,
      parts: [{ label: 'a', kind: 'noted', text: 'That the review be noted.', effects: [] }],
    },
  },
  {
    type: 'PassResolution',
    data: {
      meetingId: HELD,
      itemNumber: '3',
      recordedAt,
      parts: [{ kind: 'approved', text: 'That the tender from Gatehouse Ltd be accepted.', effects: [] }],
    },
  },
  {
    type: 'ElectOfficeholder',
    data: {
      bodyId: BODY,
      office: 'chair',
      term: '2023/24',
      holder: 'Mrs P. Ashdown CC',
      inForceFrom: '2024-03-14',
      decision: { meetingId: HELD, itemNumber: '1' },
    },
  },
  { type: 'ScheduleMeeting', data: { meetingId: CANCELLED, bodyId: BODY, startsAt: '2024-06-13T14:00:00Z' } },
  { type: 'CancelMeeting', data: { meetingId: CANCELLED, reason: 'Not quorate' } },
  { type: 'ScheduleMeeting', data: { meetingId: DAY_ONLY, bodyId: BODY, heldOn: '2024-09-12' } },
];

/** The next whole second, once the clock has passed it: what was recorded before it is in an earlier second. */
async function nextWholeSecond(): Promise<Date> {
  const boundary = Math.floor(Date.now() / 1000) * 1000 + 1000;
  while (Date.now() <= boundary) await new Promise((resolve) => setTimeout(resolve, 5));
  return new Date(boundary);
}

/** An instant as an OParl filter writes it, with milliseconds where it has them. */
const oparlText = (instant: Date) => instant.toISOString().replace('Z', '+00:00');

describe('OParl 1.1: the ledger for open-data clients', () => {
  let api: ApiOverCommands;
  let system: string;

  const get = async (url: string) => {
    const { status, headers, json } = await getJson(url);
    return { status, type: headers.get('content-type'), json };
  };
  const object = async (url: string) => {
    const { status, json } = await getJson(url);
    expect({ url, status }).toEqual({ url, status: 200 });
    return json;
  };
  const all = async (url: string) => {
    const problems: string[] = [];
    const objects = await everyObjectOf(url, problems);
    expect(problems).toEqual([]);
    return objects;
  };
  const settle = () => api.graphql(`{ bodies(${api.settled()}) { bodyId } }`);

  beforeAll(async () => {
    api = await startApiOverCommands(commands);
    system = api.url.replace(/\/graphql$/, '/oparl/v1.1');
    await settle();
  }, 120_000);
  afterAll(() => api?.close());

  it('walks from the System to every object: each conforms, each id answers the same object, each embedded one is its object without the way back', async () => {
    // Pages of two, so that paging itself is walked.
    const walk = await walkOParl(system, 2);
    expect(walk.problems).toEqual([]);
    const types = [...walk.objects.values()].map((found) => String(found.type).split('/').at(-1));
    expect(new Set(types)).toEqual(
      new Set([
        'System',
        'Body',
        'Organization',
        'Person',
        'Membership',
        'Meeting',
        'AgendaItem',
        'Paper',
        'Consultation',
        'Location',
        'LegislativeTerm',
      ]),
    );
  });

  it('gives a meeting as the minutes have it: its start, place, board, who was present, and exempt business by its title only', async () => {
    const meeting = await object(`${system}/bodies/${BODY}/meetings/${HELD}`);
    const person = (id: string) => `${system}/bodies/${BODY}/people/${id}`;
    expect(meeting).toMatchObject({
      name: 'Wrenfield Community Safety Partnership, 14 March 2024',
      meetingState: 'durchgeführt',
      start: '2024-03-14T14:00:00+00:00',
      location: { description: 'Council Chamber, Wrenfield Town Hall' },
      organization: [`${system}/bodies/${BODY}/organizations/board`],
      participant: [person('ashdown.p'), person('brannigan.t')],
      'ledger:heldOn': '2024-03-14',
    });
    const items = meeting.agendaItem as Record<string, unknown>[];
    expect(
      items.map(({ number, order, name, public: open, resolutionText, consultation }) => ({
        number,
        order,
        name,
        public: open,
        resolutionText,
        consultation,
      })),
    ).toEqual([
      { number: '1', order: 0, name: 'Election of Chair', public: true, resolutionText: undefined, consultation: undefined },
      {
        number: '4',
        order: 1,
        name: 'Night-time economy',
        public: true,
        resolutionText: '(a) That the review be noted.',
        consultation: `${system}/bodies/${BODY}/consultations/${HELD}/2`,
      },
      { number: '3', order: 2, name: 'Door staff contract', public: false, resolutionText: undefined, consultation: undefined },
    ]);
    expect(JSON.stringify(await all(`${system}/bodies/${BODY}/papers`))).not.toContain('Door Staff');
    expect(JSON.stringify(await all(`${system}/bodies/${BODY}/agenda-items`))).not.toContain('Gatehouse');
    expect(await object(`${system}/bodies/${BODY}/papers/${HELD}/2`)).toMatchObject({
      name: 'Night-time Economy Review',
      originatorPerson: [`${system}/bodies/${BODY}/people/brannigan.t`],
      'ledger:author': 'Cllr T. Brannigan, Licensing Lead',
      consultation: [
        { agendaItem: `${system}/bodies/${BODY}/agenda-items/${HELD}/2`, meeting: `${system}/bodies/${BODY}/meetings/${HELD}` },
      ],
    });
  });

  it('makes up no start for a meeting known only by its day, and says when one was cancelled', async () => {
    const dayOnly = await object(`${system}/bodies/${BODY}/meetings/${DAY_ONLY}`);
    expect(dayOnly.start).toBeUndefined();
    expect(dayOnly['ledger:heldOn']).toBe('2024-09-12');
    expect(await object(`${system}/bodies/${BODY}/meetings/${CANCELLED}`)).toMatchObject({
      cancelled: true,
      start: '2024-06-13T14:00:00+00:00',
    });
  });

  it("gives the board's chair as a membership within the municipal year's term, and the term itself", async () => {
    const [chair] = await all(`${system}/bodies/${BODY}/memberships`);
    expect(chair).toMatchObject({
      person: `${system}/bodies/${BODY}/people/ashdown.p`,
      organization: `${system}/bodies/${BODY}/organizations/board`,
      role: 'Chair',
      startDate: '2024-03-14',
      endDate: '2024-04-30',
    });
    const body = await object(`${system}/bodies/${BODY}`);
    expect(body.legislativeTerm).toEqual([expect.objectContaining({ name: '2023/24', startDate: '2023-05-01', endDate: '2024-04-30' })]);
    expect(await object(`${system}/bodies/${BODY}/people/ashdown.p`)).toMatchObject({
      name: 'P. Ashdown',
      formOfAddress: 'Mrs',
      affix: 'CC',
      membership: [expect.objectContaining({ role: 'Chair' })],
    });
  });

  it('filters by when objects were recorded, and lists what a clerk merged away as deleted only to a client asking what changed', async () => {
    const meetings = `${system}/bodies/${BODY}/meetings`;
    const boundary = await nextWholeSecond();
    const since = encodeURIComponent(oparlText(boundary));
    const until = encodeURIComponent(oparlText(new Date(boundary.getTime() - 1)));
    expect(await all(`${meetings}?modified_since=${since}`)).toEqual([]);
    await api.record({
      type: 'AddAgendaItem',
      data: {
        meetingId: DAY_ONLY,
        item: { number: '1', title: 'Street drinking', kind: 'report', report: { title: 'Street Drinking Review' } },
      },
    });
    await settle();
    const paper = `${system}/bodies/${BODY}/papers/${DAY_ONLY}/1`;
    expect(await object(paper)).toMatchObject({ name: 'Street Drinking Review' });
    await api.record({ type: 'WithdrawAgendaItem', data: { meetingId: DAY_ONLY, itemNumber: '1', reason: 'Report not ready' } });
    await api.record({
      type: 'MergePersons',
      data: {
        registerId: PEOPLE_REGISTER,
        personId: 'brannigan.t',
        intoPersonId: 'ashdown.p',
        reason: 'Invented for the test',
        decidedOn: '2024-10-01',
      },
    });
    await settle();
    expect((await all(`${meetings}?modified_since=${since}`)).map((meeting) => meeting.id)).toEqual([`${meetings}/${DAY_ONLY}`]);
    expect((await all(`${meetings}?modified_until=${until}`)).map((meeting) => meeting.id)).toEqual([
      `${meetings}/${HELD}`,
      `${meetings}/${CANCELLED}`,
    ]);
    // A `+` a client forgot to encode arrives as a space, and is read as the offset's sign.
    expect(await all(`${meetings}?created_since=${oparlText(boundary)}`)).toEqual([]);

    // The paper of the withdrawn item keeps its address, as a deleted object, listed only to those asking what changed.
    const papers = `${system}/bodies/${BODY}/papers`;
    expect((await all(papers)).map((found) => found.id)).toEqual([`${papers}/${HELD}/2`]);
    expect(await all(`${papers}?modified_since=${since}`)).toEqual([expect.objectContaining({ id: paper, deleted: true })]);
    expect(await object(paper)).toEqual(expect.objectContaining({ id: paper, deleted: true }));
    expect(await object(`${system}/bodies/${BODY}/agenda-items/${DAY_ONLY}/1`)).toMatchObject({ result: 'Withdrawn: Report not ready' });

    const people = `${system}/bodies/${BODY}/people`;
    const merged = `${people}/brannigan.t`;
    expect((await all(people)).map((person) => person.id)).toEqual([`${people}/ashdown.p`]);
    const changed = await all(`${people}?modified_since=${since}`);
    expect(changed.find((person) => person.id === merged)).toEqual({
      id: merged,
      type: 'https://schema.oparl.org/1.1/Person',
      created: expect.any(String),
      modified: expect.any(String),
      deleted: true,
    });
    expect(await object(merged)).toMatchObject({ deleted: true });
  });

  it('refuses what it cannot answer with an OParl error object and the status that says why', async () => {
    const refusal = (status: number) => ({
      status,
      type: 'application/json; charset=utf-8',
      json: { type: 'https://schema.oparl.org/1.1/Error', message: expect.any(String) },
    });
    expect(await get(`${system}/bodies/${BODY}/meetings?modified_since=yesterday`)).toEqual(refusal(400));
    expect(await get(`${system}/bodies/${BODY}/meetings?sort=name`)).toEqual(refusal(400));
    expect(await get(`${system}/bodies/${BODY}/meetings/${BODY}-1999-01-01`)).toEqual(refusal(404));
    expect(await get(`${system}/bodies/no-such-body`)).toEqual(refusal(404));
  });
});
