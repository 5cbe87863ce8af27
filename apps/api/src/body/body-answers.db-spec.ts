import type { DomainCommand } from '@ledger/domain';
import { type ApiOverCommands, startApiOverCommands } from '../testing/api-over-commands';

/** An invented board whose record changes name, members, terms of reference and chair over four years. */
const BODY = 'ashcombe-hwb';
const decision = (meetingId: string, itemNumber: string, part?: string) => ({ meetingId, itemNumber, ...(part && { part }) });
const at = (data: Record<string, unknown>) => ({ bodyId: BODY, ...data });

const commands = [
  { type: 'EstablishBody', data: at({ name: 'Ashcombe Health and Wellbeing Board', shortName: 'AHWB', establishedOn: '2019-04-01' }) },
  {
    type: 'AdoptTermsOfReference',
    data: at({
      version: 1,
      clauses: [{ id: '1', heading: 'Purpose', text: 'To improve health in Ashcombe.' }],
      inForceFrom: '2019-06-03',
      decision: decision('ashcombe-hwb-2019-06-03', '4'),
    }),
  },
  // Amended on the day it was adopted by a later decision, and again a year on.
  {
    type: 'AmendTermsOfReference',
    data: at({
      version: 2,
      amendments: [{ change: 'replaced', clauseId: '1', text: 'To improve health and wellbeing in Ashcombe.' }],
      inForceFrom: '2019-06-03',
      decision: decision('ashcombe-hwb-2019-06-03', '5'),
    }),
  },
  {
    type: 'AmendTermsOfReference',
    data: at({
      version: 3,
      amendments: [{ change: 'inserted', clause: { id: '2', heading: 'Quorum', text: 'Three members.' }, afterClauseId: '1' }],
      inForceFrom: '2020-07-01',
      decision: decision('ashcombe-hwb-2020-06-10', '6'),
    }),
  },
  {
    type: 'AdmitMemberOrganisation',
    data: at({
      organisationId: 'ashcombe-ccg',
      organisationName: 'Ashcombe CCG',
      inForceFrom: '2019-06-03',
      decision: decision('ashcombe-hwb-2019-06-03', '6', 'a'),
    }),
  },
  {
    type: 'AdmitMemberOrganisation',
    data: at({
      organisationId: 'ashcombe-council',
      organisationName: 'Ashcombe Borough Council',
      inForceFrom: '2019-06-03',
      decision: decision('ashcombe-hwb-2019-06-03', '6', 'b'),
    }),
  },
  {
    type: 'WithdrawMemberOrganisation',
    data: at({ organisationId: 'ashcombe-ccg', inForceFrom: '2022-07-01', decision: decision('ashcombe-hwb-2022-06-15', '3') }),
  },
  {
    type: 'RenameBody',
    data: at({
      name: 'Ashcombe and Vale Health and Wellbeing Board',
      shortName: 'AVHWB',
      inForceFrom: '2021-04-01',
      decision: decision('ashcombe-hwb-2021-03-10', '7'),
    }),
  },
  {
    type: 'ElectOfficeholder',
    data: at({
      office: 'chair',
      term: '2019/20',
      holder: 'Cllr P. Varley',
      inForceFrom: '2019-06-03',
      decision: decision('ashcombe-hwb-2019-06-03', '2'),
    }),
  },
  {
    type: 'ElectOfficeholder',
    data: at({
      office: 'chair',
      term: '2021/22',
      holder: 'Dr S. Okafor',
      inForceFrom: '2021-06-09',
      decision: decision('ashcombe-hwb-2021-06-09', '2'),
    }),
  },
  {
    type: 'AppointOfficeholder',
    data: at({
      office: 'deputy-chair',
      term: '2021/22',
      holder: 'Ms R. Linde',
      inForceFrom: '2021-06-09',
      appointedBy: 'Ashcombe Borough Council',
    }),
  },
  {
    type: 'RecordOfficeholderLeaving',
    data: at({ office: 'chair', term: '2021/22', holder: 'Dr S. Okafor', inForceFrom: '2021-11-30', reason: 'Resigned' }),
  },
] as DomainCommand[];

const FIELDS = `establishedOn
  name(inForceAt: $day) { name shortName inForceFrom decision { meetingId itemNumber part } }
  termsOfReference(inForceAt: $day) { version inForceFrom clauses { id heading text } decision { meetingId itemNumber part } amendments { change clauseId heading text afterClauseId } }
  members(inForceAt: $day) { organisationId organisationName from until admittedBy { meetingId itemNumber part } withdrawnBy { meetingId } }
  membersConnection(inForceAt: $day, first: 1) { totalCount }
  officeholders(inForceAt: $day) { office term holder from until electedBy { meetingId itemNumber } appointedBy }
  chair: officeholderOn(office: CHAIR, inForceAt: $day) { evidence holder term termEndsBy explanation }`;

/** Days the record changes on, the days either side, and days before and after all of it. */
const DAYS = [
  '2000-01-01',
  '2019-06-02',
  '2019-06-03',
  '2019-06-04',
  '2020-04-30',
  '2020-05-01',
  '2020-06-30',
  '2020-07-01',
  '2021-03-31',
  '2021-04-01',
  '2021-06-08',
  '2021-06-09',
  '2021-11-29',
  '2021-11-30',
  '2022-04-30',
  '2022-05-01',
  '2022-06-30',
  '2022-07-01',
  '2030-01-01',
];

describe("a body's record at a date, read from the rows kept for each answer", () => {
  let api: ApiOverCommands;
  beforeAll(async () => {
    api = await startApiOverCommands(commands);
  }, 60_000);
  afterAll(() => api?.close());

  const ask = async (day: string, reading: string) => {
    const query = `query { body(bodyId: "${BODY}", ${reading}) { ${FIELDS.replaceAll('$day', `"${day}"`)} } }`;
    return (await api.graphql<{ body: Record<string, unknown> }>(query)).body;
  };

  it('answers on every day as the whole record folded at the moment of asking does', async () => {
    const now = new Date().toISOString();
    await api.graphql(`{ body(bodyId: "${BODY}", ${api.settled()}) { bodyId } }`);
    for (const day of DAYS) {
      expect({ day, answer: await ask(day, api.settled()) }).toEqual({ day, answer: await ask(day, `asRecordedAt: "${now}"`) });
    }
  });

  it('gives what the record says on those days', async () => {
    const spring2019 = await ask('2019-06-03', api.settled());
    expect(spring2019).toMatchObject({
      establishedOn: '2019-04-01',
      name: { name: 'Ashcombe Health and Wellbeing Board', inForceFrom: '2019-04-01' },
      termsOfReference: { version: 2, clauses: [{ id: '1', text: 'To improve health and wellbeing in Ashcombe.' }] },
      members: [{ organisationName: 'Ashcombe Borough Council' }, { organisationName: 'Ashcombe CCG' }],
      officeholders: [{ office: 'CHAIR', holder: 'Cllr P. Varley', term: '2019/20' }],
    });
    const before = await ask('2019-06-02', api.settled());
    expect(before).toMatchObject({ termsOfReference: null, members: [], officeholders: [], membersConnection: { totalCount: 0 } });
    expect((await ask('2020-05-01', api.settled())).officeholders).toEqual([]);
    const late2021 = await ask('2021-11-30', api.settled());
    expect(late2021).toMatchObject({
      name: { shortName: 'AVHWB', inForceFrom: '2021-04-01' },
      officeholders: [{ office: 'DEPUTY_CHAIR', holder: 'Ms R. Linde' }],
      chair: { evidence: 'NOT_RECORDED', holder: null },
    });
    expect((await ask('2022-07-01', api.settled())).members).toMatchObject([{ organisationName: 'Ashcombe Borough Council' }]);
  });
});
