import type { INestApplication } from '@nestjs/common';
import { issueToken } from '@ledger/auth';
import { loadLedgerConfig } from '@ledger/config';
import {
  AGGREGATE_KINDS,
  AGGREGATES,
  DECISION_EFFECT_KINDS,
  DECISION_KINDS,
  FOLLOW_UP_KINDS,
  INTEREST_NATURES,
  ITEM_KINDS,
  OFFICES,
} from '@ledger/domain';
import { openStorage, type Storage } from '@ledger/event-store';
import { createApi } from '../create-api';
import { EFFECT_FIELD_BY_KIND } from '../meeting/effects/to-decision-effect';
import { REQUESTED_FOLLOW_UP_KINDS } from '../meeting/effects/requested-follow-up-kind.enum';
import { graphqlEnumName } from '../platform/graphql/enums/graphql-enum';

interface GraphQLAnswer<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; problems?: { field: string }[] } }[];
}

interface Written {
  streamId: string;
  revision: string;
  events: { id: string; type: string }[];
}

const camelCase = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const camelCaseOfKebab = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const SECRET = 'mutation-specs-only-secret-0123456789abcdef';

describe('mutations: one per domain command, validated', () => {
  let storage: Storage;
  let app: INestApplication;
  let url: string;
  let token: string;

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error', AUTH_JWT_SECRET: SECRET }), storage);
    token = await issueToken(loadLedgerConfig({ AUTH_JWT_SECRET: SECRET }).auth, { subject: 'clerk@test', role: 'clerk' });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/graphql`;
  });

  afterAll(async () => {
    await app?.close();
    await storage?.close();
  });

  async function graphql<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLAnswer<Data>;
  }

  /** Sends `mutation($input: <Type>Input!) { <name>(input: $input) { … } }`. */
  function send(mutation: string, input: unknown) {
    const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
    return graphql<Record<string, Written>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { streamId revision events { id type } } }`,
      { input },
    );
  }

  async function expectRecorded(mutation: string, input: unknown, eventTypes: string[]): Promise<Written> {
    const answer = await send(mutation, input);
    expect(answer.errors).toBeUndefined();
    const written = answer.data![mutation];
    expect(written.events.map((event) => event.type)).toEqual(eventTypes);
    return written;
  }

  /** The refusal names the field at fault, and nothing is written to the stream. */
  async function expectRefused(mutation: string, input: unknown, field: string, streamId: string) {
    const before = await storage.eventStore.readStream(streamId);
    const answer = await send(mutation, input);
    expect(answer.data?.[mutation] ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = await storage.eventStore.readStream(streamId);
    expect(after.map((event) => event.id)).toEqual(before.map((event) => event.id));
  }

  const storedData = async (streamId: string, type: string) =>
    (await storage.eventStore.readStream(streamId)).filter((event) => event.type === type).map((event) => event.data);

  describe('the schema', () => {
    interface IntrospectedField {
      name: string;
      description: string | null;
      args?: { name: string; type: { kind: string; ofType: { name: string } | null } }[];
    }
    interface IntrospectedType {
      kind: string;
      name: string;
      description: string | null;
      inputFields: IntrospectedField[] | null;
      enumValues: { name: string }[] | null;
    }
    let schema: { mutationType: { fields: IntrospectedField[] }; types: IntrospectedType[] };

    beforeAll(async () => {
      const answer = await graphql<{ __schema: typeof schema }>(`
        {
          __schema {
            mutationType {
              fields {
                name
                description
                args {
                  name
                  type {
                    kind
                    ofType {
                      name
                    }
                  }
                }
              }
            }
            types {
              kind
              name
              description
              inputFields {
                name
                description
              }
              enumValues {
                name
              }
            }
          }
        }
      `);
      schema = answer.data!.__schema;
    });

    const typeNamed = (name: string) => schema.types.find((type) => type.name === name)!;

    it('has a mutation for every command of the domain, named in camelCase, and no other', () => {
      const commandTypes = AGGREGATE_KINDS.flatMap((kind) => AGGREGATES[kind].commandTypes);
      const mutations = schema.mutationType.fields.map((field) => field.name);
      expect([...mutations].sort()).toEqual(commandTypes.map(camelCase).sort());
    });

    it('gives every mutation an input of its own type, the command options, and a description', () => {
      for (const mutation of schema.mutationType.fields) {
        expect({ mutation: mutation.name, described: Boolean(mutation.description?.trim()) }).toEqual({
          mutation: mutation.name,
          described: true,
        });
        const input = mutation.args!.find((arg) => arg.name === 'input')!;
        expect(input.type).toEqual({
          kind: 'NON_NULL',
          ofType: { name: `${mutation.name.charAt(0).toUpperCase()}${mutation.name.slice(1)}Input` },
        });
        expect(mutation.args!.map((arg) => arg.name).sort()).toEqual(['commandId', 'expectedRevision', 'input']);
      }
    });

    it('describes every input type and every field of it', () => {
      const inputTypes = schema.types.filter((type) => type.kind === 'INPUT_OBJECT');
      expect(inputTypes.length).toBeGreaterThan(40);
      const undescribed = inputTypes.flatMap((type) => [
        ...(type.description?.trim() ? [] : [type.name]),
        ...type.inputFields!.filter((field) => !field.description?.trim()).map((field) => `${type.name}.${field.name}`),
      ]);
      expect(undescribed).toEqual([]);
    });

    it('offers one field of DecisionEffectInput per kind of effect the domain knows', () => {
      const fields = typeNamed('DecisionEffectInput').inputFields!.map((field) => field.name);
      expect(fields.sort()).toEqual(DECISION_EFFECT_KINDS.map(camelCaseOfKebab).sort());
      expect(Object.values(EFFECT_FIELD_BY_KIND).sort()).toEqual(fields);
    });

    it.each([
      ['Office', OFFICES],
      ['AgendaItemKind', ITEM_KINDS],
      ['DecisionKind', DECISION_KINDS],
      ['InterestNature', INTEREST_NATURES],
      ['FollowUpKind', FOLLOW_UP_KINDS],
      ['RequestedFollowUpKind', REQUESTED_FOLLOW_UP_KINDS],
    ] as const)('offers the enum %s with a value for each of the domain values', (name, values) => {
      const type = typeNamed(name);
      expect(type.description).toBeTruthy();
      expect(type.enumValues!.map((value) => value.name).sort()).toEqual(values.map(graphqlEnumName).sort());
    });
  });

  describe('body', () => {
    const bodyId = 'northshire-scb';
    const stream = `body-${bodyId}`;
    const decision = { meetingId: 'northshire-scb-2019-06-14', itemNumber: '3', part: 'a' };
    const clauses = [
      { id: '1', heading: 'Purpose', text: 'To co-ordinate community safety across Northshire.' },
      { id: '2', heading: 'Membership', text: 'One member from each district council.' },
    ];

    it('establishes a body, leaving out optional fields sent as null', async () => {
      await expectRecorded(
        'establishBody',
        { bodyId, name: ' Northshire Safer Communities Board ', shortName: 'NSCB', establishedOn: null, decision: null },
        ['BodyEstablished'],
      );
      const [established] = await storedData(stream, 'BodyEstablished');
      expect(established).not.toHaveProperty('establishedOn');
      expect(established).not.toHaveProperty('decision');
      expect(established).toMatchObject({ name: 'Northshire Safer Communities Board' });
    });

    it('refuses a rename in force from a date that does not exist', async () => {
      const rename = { bodyId, name: 'Northshire and Eastdale Safer Communities Board', shortName: 'NESCB', decision };
      await expectRefused('renameBody', { ...rename, inForceFrom: '2023-02-30' }, 'input.inForceFrom', stream);
      await expectRecorded('renameBody', { ...rename, inForceFrom: '2023-09-29' }, ['BodyRenamed']);
    });

    it('adopts terms of reference with their clauses, and refuses a blank clause', async () => {
      const adopt = { bodyId, version: 1, inForceFrom: '2019-06-14', decision };
      await expectRefused(
        'adoptTermsOfReference',
        { ...adopt, clauses: [clauses[0], { ...clauses[1], text: '  ' }] },
        'input.clauses.1.text',
        stream,
      );
      await expectRefused('adoptTermsOfReference', { ...adopt, version: 0, clauses }, 'input.version', stream);
      await expectRecorded('adoptTermsOfReference', { ...adopt, clauses }, ['TermsOfReferenceAdopted']);
      const [adopted] = await storedData(stream, 'TermsOfReferenceAdopted');
      expect(adopted).toMatchObject({ version: 1, clauses });
    });

    it('amends terms of reference clause by clause, and refuses an amendment that is two changes at once', async () => {
      const amend = { bodyId, version: 2, inForceFrom: '2023-09-29', decision };
      await expectRefused(
        'amendTermsOfReference',
        { ...amend, amendments: [{ remove: { clauseId: '1' }, replace: { clauseId: '2', text: 'x' } }] },
        'input.amendments',
        stream,
      );
      await expectRecorded(
        'amendTermsOfReference',
        {
          ...amend,
          amendments: [
            {
              replace: { clauseId: '2', text: 'One member from each district council and from Eastdale District Council.', heading: null },
            },
            { insert: { clause: { id: '3', heading: 'Quorum', text: 'Four members.' }, afterClauseId: '2' } },
            { insert: { clause: { id: '0', heading: 'Name', text: 'The board is the NESCB.' } } },
          ],
        },
        ['TermsOfReferenceAmended'],
      );
      const [amended] = await storedData(stream, 'TermsOfReferenceAmended');
      expect(amended).toMatchObject({
        amendments: [
          { change: 'replaced', clauseId: '2', text: 'One member from each district council and from Eastdale District Council.' },
          { change: 'inserted', clause: { id: '3', heading: 'Quorum', text: 'Four members.' }, afterClauseId: '2' },
          { change: 'inserted', clause: { id: '0' }, afterClauseId: null },
        ],
      });
      expect((amended as { amendments: object[] }).amendments[0]).not.toHaveProperty('heading');
    });

    it('elects an officeholder with the office given as a GraphQL enum, and refuses an impossible term', async () => {
      const query = `mutation($input: ElectOfficeholderInput!) { electOfficeholder(input: $input) { events { type } } }`;
      const elect = { bodyId, office: 'DEPUTY_CHAIR', holder: 'Cllr. Rowan Tellwright JP', inForceFrom: '2019-09-20', decision };
      const refused = await graphql(query, { input: { ...elect, term: '2019/21' } });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.term' });
      const answer = await graphql(query, { input: { ...elect, term: '2019/20' } });
      expect(answer.errors).toBeUndefined();
      const [elected] = await storedData(stream, 'OfficeholderElected');
      expect(elected).toMatchObject({ office: 'deputy-chair', term: '2019/20' });
    });
  });

  describe('meeting', () => {
    const bodyId = 'nescb';
    const meetingId = 'nescb-2023-09-29';
    const stream = `meeting-${meetingId}`;
    const recordedAt = '2023-09-29T12:00:00+01:00';
    const schedule = {
      meetingId,
      bodyId,
      startsAt: '2023-09-29T10:00:00+01:00',
      contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418', email: 'imogen.fairweather@northshire.example' },
    };

    beforeAll(async () => {
      await expectRecorded('establishBody', { bodyId, name: 'Northshire Safer Communities Board', shortName: 'NSCB' }, ['BodyEstablished']);
    });

    it('schedules a meeting online, and refuses a location that names no place', async () => {
      await expectRefused('scheduleMeeting', { ...schedule, location: {} }, 'input.location', stream);
      await expectRefused(
        'scheduleMeeting',
        { ...schedule, location: { venue: 'Shire Hall', onlinePlatform: 'Teams' } },
        'input.location',
        stream,
      );
      await expectRecorded('scheduleMeeting', { ...schedule, location: { onlinePlatform: 'Microsoft Teams' } }, ['MeetingScheduled']);
      const [scheduled] = await storedData(stream, 'MeetingScheduled');
      expect(scheduled).toMatchObject({ location: { kind: 'online', platform: 'Microsoft Teams' } });
    });

    it('adds agenda items, and refuses exempt business citing a paragraph Schedule 12A does not have', async () => {
      const item = {
        number: '6',
        title: 'Eastdale District Council joining the Board',
        kind: 'REPORT',
        report: { title: 'Report', sizeKb: 120 },
      };
      await expectRefused(
        'addAgendaItem',
        { meetingId, item: { ...item, exempt: { paragraphs: [3, 11] } } },
        'input.item.exempt.paragraphs',
        stream,
      );
      await expectRecorded('addAgendaItem', { meetingId, item }, ['AgendaItemAdded']);
      const [added] = await storedData(stream, 'AgendaItemAdded');
      expect(added).toEqual({ meetingId, item: { ...item, kind: 'report' } });
    });

    it("passes a resolution whose parts have effects, mapped to the domain's effects", async () => {
      const renameBody = { name: 'Northshire and Eastdale Safer Communities Board', shortName: 'NESCB' };
      const parts = [
        { label: 'a', kind: 'NOTED', text: 'That the report be noted.' },
        {
          label: 'b',
          kind: 'APPROVED',
          text: 'That Eastdale District Council be admitted and the Board renamed.',
          effects: [
            {
              admitMemberOrganisation: {
                organisationId: 'eastdale-district-council',
                organisationName: 'Eastdale District Council',
                inForceFrom: null,
              },
            },
            { renameBody },
          ],
        },
        {
          label: 'c',
          kind: 'REQUESTED',
          text: 'That a further report be brought to the December meeting.',
          effects: [{ requestFollowUp: { request: 'REPORT', subject: 'Progress on joint working', due: { meetingInMonth: '2023-12' } } }],
        },
      ];
      await expectRefused(
        'passResolution',
        {
          meetingId,
          recordedAt,
          itemNumber: '6',
          parts: [parts[0], { ...parts[1], effects: [{ renameBody, deferItem: { subject: 'x', due: { nextMeeting: true } } }] }],
        },
        'input.parts.1.effects',
        stream,
      );
      await expectRefused(
        'passResolution',
        {
          meetingId,
          recordedAt,
          itemNumber: '6',
          parts: [
            {
              ...parts[1],
              effects: [
                { admitMemberOrganisation: { organisationId: 'eastdale', organisationName: 'Eastdale', inForceFrom: '29/09/2023' } },
              ],
            },
          ],
        },
        'input.parts.0.effects.0.admitMemberOrganisation.inForceFrom',
        stream,
      );
      await expectRefused(
        'passResolution',
        {
          meetingId,
          recordedAt,
          itemNumber: '6',
          parts: [
            {
              ...parts[2],
              effects: [{ requestFollowUp: { request: 'REPORT', subject: 'Progress', due: { nextMeeting: true, byDate: '2023-12-01' } } }],
            },
          ],
        },
        'input.parts.0.effects.0.requestFollowUp.due',
        stream,
      );
      await expectRecorded('passResolution', { meetingId, recordedAt, itemNumber: '6', parts }, ['ResolutionPassed']);
      const [passed] = await storedData(stream, 'ResolutionPassed');
      expect(passed).toMatchObject({
        parts: [
          { label: 'a', kind: 'noted', text: 'That the report be noted.', effects: [] },
          {
            label: 'b',
            kind: 'approved',
            effects: [
              {
                kind: 'admit-member-organisation',
                organisationId: 'eastdale-district-council',
                organisationName: 'Eastdale District Council',
              },
              { kind: 'rename-body', name: 'Northshire and Eastdale Safer Communities Board', shortName: 'NESCB' },
            ],
          },
          {
            label: 'c',
            kind: 'requested',
            effects: [
              {
                kind: 'request-follow-up',
                request: 'report',
                subject: 'Progress on joint working',
                due: { kind: 'meeting-in-month', month: '2023-12' },
              },
            ],
          },
        ],
      });
      const admit = (passed as { parts: { effects: object[] }[] }).parts[1].effects[0];
      expect(admit).not.toHaveProperty('inForceFrom');
    });

    it('refuses minute text with a blank paragraph, naming its place in the list', async () => {
      await expectRefused(
        'recordMinuteText',
        { meetingId, recordedAt, itemNumber: '6', paragraphs: ['The Board considered a report.', ' '], points: [] },
        'input.paragraphs',
        stream,
      );
      const answer = await send('recordMinuteText', {
        meetingId,
        recordedAt,
        itemNumber: '6',
        paragraphs: ['Considered.', ' '],
        points: [],
      });
      expect(answer.errors![0].message).toContain('input.paragraphs: paragraphs[1] must not be blank');
    });

    it('turns a domain rule broken by a valid input into DOMAIN_RULE_VIOLATED, not BAD_USER_INPUT', async () => {
      const answer = await send('recordMeetingChair', {
        meetingId,
        recordedAt: '2023-09-29T09:00:00+01:00',
        chair: 'Mr. P. J. Hallowell JP CC',
      });
      expect(answer.errors![0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATED', rule: 'MEETING_NOT_YET_HELD' });
    });
  });

  describe('follow-up', () => {
    const raise = {
      followUpId: 'northshire-scb-2019-06-14-5-b',
      bodyId: 'northshire-scb',
      raisedBy: { meetingId: 'northshire-scb-2019-06-14', itemNumber: '5', part: 'b' },
      raisedOn: '2019-06-14',
      kind: 'DEFERRED_ITEM',
      subject: 'Election of Deputy Chairman',
    };
    const stream = `follow-up-${raise.followUpId}`;

    it('raises a follow-up due at a named month, and refuses a month that does not exist', async () => {
      await expectRefused('raiseFollowUp', { ...raise, due: { meetingInMonth: '2019-13' } }, 'input.due.meetingInMonth', stream);
      await expectRefused('raiseFollowUp', { ...raise, due: { nextMeeting: false } }, 'input.due.nextMeeting', stream);
      await expectRecorded('raiseFollowUp', { ...raise, askedOf: null, due: { meetingInMonth: '2019-09' } }, ['FollowUpRaised']);
      const [raised] = await storedData(stream, 'FollowUpRaised');
      expect(raised).toEqual({ ...raise, kind: 'deferred-item', due: { kind: 'meeting-in-month', month: '2019-09' } });
    });
  });

  describe('action', () => {
    const raise = {
      actionId: 'northshire-scb-2019-06-14-11-iii',
      bodyId: 'northshire-scb',
      raisedFrom: { meetingId: 'northshire-scb-2019-06-14', itemNumber: '11', point: 'iii' },
      raisedOn: '2019-06-14',
      owner: 'Community Safety Team',
      description: 'Circulate the county lines briefing to district councils.',
    };
    const stream = `action-${raise.actionId}`;

    it('raises an action, and refuses an id that cannot name a stream', async () => {
      await expectRefused('raiseAction', { ...raise, actionId: 'has space' }, 'input.actionId', 'action-has space');
      await expectRefused('raiseAction', { ...raise, raisedFrom: { ...raise.raisedFrom, point: '3' } }, 'input.raisedFrom.point', stream);
      await expectRecorded('raiseAction', raise, ['ActionRaised']);
      await expectRecorded('completeAction', { actionId: raise.actionId, completedOn: '2019-09-20', note: null, notedAt: null }, [
        'ActionCompleted',
      ]);
      const [completed] = await storedData(stream, 'ActionCompleted');
      expect(completed).toEqual({ actionId: raise.actionId, completedOn: '2019-09-20' });
    });
  });

  describe('every mutation, in the story of one board', () => {
    const bodyId = 'story';
    const called = new Set<string>();
    const record = async (mutation: string, input: unknown, eventTypes: string[]) => {
      called.add(mutation);
      return expectRecorded(mutation, input, eventTypes);
    };
    const decision = (itemNumber: string, part?: string) => ({ meetingId: 'story-2019-06-14', itemNumber, ...(part && { part }) });
    const venue = { venue: 'Kestrel Committee Room, Shire Hall, Northshire' };
    const contactOfficer = { name: 'Imogen Fairweather' };
    const september = 'story-2019-09-20';
    const recordedAt = '2019-09-27T09:00:00+01:00';

    it('records the body: members, terms of reference, offices and meeting dates', async () => {
      await record('establishBody', { bodyId, name: 'Story Safer Communities Board', shortName: 'SSCB', establishedOn: '2015-04-01' }, [
        'BodyEstablished',
      ]);
      await record(
        'admitMemberOrganisation',
        {
          bodyId,
          organisationId: 'fernmoor-borough-council',
          organisationName: 'Fernmoor Borough Council',
          inForceFrom: '2019-06-14',
          decision: decision('4', 'a'),
        },
        ['MemberOrganisationAdmitted'],
      );
      await record(
        'withdrawMemberOrganisation',
        { bodyId, organisationId: 'fernmoor-borough-council', inForceFrom: '2019-12-01', decision: decision('4', 'b') },
        ['MemberOrganisationWithdrawn'],
      );
      await record(
        'adoptTermsOfReference',
        {
          bodyId,
          version: 1,
          clauses: [{ id: '1', heading: 'Purpose', text: 'Community safety.' }],
          inForceFrom: '2019-06-14',
          decision: decision('5'),
        },
        ['TermsOfReferenceAdopted'],
      );
      await record(
        'amendTermsOfReference',
        {
          bodyId,
          version: 2,
          amendments: [{ replace: { clauseId: '1', text: 'Community safety in the county.' } }],
          inForceFrom: '2019-07-01',
          decision: decision('5'),
        },
        ['TermsOfReferenceAmended'],
      );
      await record(
        'renameBody',
        {
          bodyId,
          name: 'Story and Eastdale Safer Communities Board',
          shortName: 'SRSCB',
          inForceFrom: '2019-07-01',
          decision: decision('6'),
        },
        ['BodyRenamed'],
      );
      const chair = { bodyId, office: 'CHAIR', term: '2019/20' };
      await record(
        'electOfficeholder',
        { ...chair, holder: 'Mr. J. T. Farrowby JP CC', inForceFrom: '2019-06-14', decision: decision('3') },
        ['OfficeholderElected'],
      );
      await record(
        'recordOfficeholderLeaving',
        { ...chair, holder: 'Mr. J. T. Farrowby JP CC', inForceFrom: '2019-12-01', reason: 'Stood down' },
        ['OfficeholderLeftOffice'],
      );
      await record(
        'appointOfficeholder',
        { ...chair, holder: 'Cllr. Rowan Tellwright JP', inForceFrom: '2019-12-02', appointedBy: 'Northshire County Council' },
        ['OfficeholderAppointed'],
      );
      await record(
        'leaveOfficeVacant',
        { bodyId, office: 'DEPUTY_CHAIR', term: '2019/20', reason: 'Election deferred', asOf: '2019-06-14', decision: decision('3', 'b') },
        ['OfficeLeftVacant'],
      );
      await record(
        'agreeFutureMeetingDates',
        { bodyId, startTimes: ['2019-09-20T14:00:00+01:00', '2019-12-02T14:00:00Z'], decision: decision('14') },
        ['FutureMeetingDatesAgreed'],
      );
    });

    it('records a meeting from its schedule to its close', async () => {
      for (const [meetingId, startsAt] of [
        ['story-2019-03-08', '2019-03-08T14:00:00Z'],
        ['story-2019-06-14', '2019-06-14T10:00:00+01:00'],
      ]) {
        await record('scheduleMeeting', { meetingId, bodyId, startsAt, location: venue, contactOfficer }, ['MeetingScheduled']);
      }
      await record(
        'scheduleMeeting',
        { meetingId: september, bodyId, startsAt: '2019-09-20T10:00:00+01:00', location: venue, contactOfficer },
        ['MeetingScheduled'],
      );
      await record(
        'rescheduleMeeting',
        {
          meetingId: september,
          startsAt: '2019-09-20T14:00:00+01:00',
          location: { onlinePlatform: 'Microsoft Teams' },
          reason: 'Clash with Cabinet',
        },
        ['MeetingRescheduled'],
      );
      const items = [
        { number: '1', title: 'Declarations of interest', kind: 'DECLARATIONS_OF_INTEREST' },
        { number: '2', title: 'Minutes of the previous meeting', kind: 'MINUTES_OF_PREVIOUS_MEETING', minuteNumber: '10' },
        { number: '3', title: 'Change to the order of business', kind: 'CHANGE_TO_ORDER_OF_BUSINESS' },
        {
          number: '4',
          title: 'Performance update',
          kind: 'REPORT',
          report: { title: 'Performance update', sizeKb: 232 },
          presenter: { name: 'Priya Halden', role: 'Community Safety Coordinator' },
        },
        { number: '5', title: 'Exclusion of the press and public', kind: 'EXCLUSION_OF_PRESS_AND_PUBLIC' },
        { number: '6', title: 'County lines', kind: 'REPORT', exempt: { paragraphs: [3, 10] } },
        { number: '7', title: 'Other business', kind: 'OTHER_BUSINESS' },
      ];
      for (const item of items) await record('addAgendaItem', { meetingId: september, item }, ['AgendaItemAdded']);
      await record('withdrawAgendaItem', { meetingId: september, itemNumber: '7', reason: 'No other business' }, ['AgendaItemWithdrawn']);
      const atTheMeeting = { meetingId: september, recordedAt };
      await record(
        'varyOrderOfBusiness',
        { ...atTheMeeting, order: ['1', '2', '3', '5', '6', '4'], reason: 'To suit the presenter', itemNumber: '3' },
        ['OrderOfBusinessVaried'],
      );
      await record(
        'recordAttendance',
        {
          ...atTheMeeting,
          present: [{ name: 'Mr. J. T. Farrowby JP CC', role: 'Chairman' }],
          apologies: [{ name: 'Cllr. Rowan Tellwright JP', organisation: 'Eastdale District Council' }],
        },
        ['AttendanceRecorded'],
      );
      await record('recordMeetingChair', { ...atTheMeeting, chair: 'Mr. J. T. Farrowby JP CC' }, ['MeetingChairTaken']);
      await record(
        'recordPresenters',
        { ...atTheMeeting, itemNumber: '4', presentedBy: [{ name: 'Dana Okafor', role: 'Community Safety Officer' }], unableToAttend: [] },
        ['PresentersRecorded'],
      );
      await record(
        'recordDeclarationsOfInterest',
        {
          ...atTheMeeting,
          itemNumber: '1',
          declarations: [
            { member: 'Mr. J. T. Farrowby JP CC', concerningItemNumber: '4', nature: 'PERSONAL', detail: 'Member of the police panel' },
          ],
        },
        ['DeclarationOfInterestMade'],
      );
      await record(
        'excludePressAndPublic',
        {
          ...atTheMeeting,
          itemNumber: '5',
          forItemNumbers: ['6'],
          legalBasis: 'Section 100(A)(4) of the Local Government Act 1972',
          paragraphs: [3, 10],
        },
        ['PressAndPublicExcluded'],
      );
      await record(
        'recordMinuteText',
        {
          ...atTheMeeting,
          itemNumber: '4',
          paragraphs: ['The Board considered a report.'],
          points: [
            { label: 'i', text: 'Crime fell.' },
            { label: 'ii', text: 'Funding is £1.4 million.' },
          ],
        },
        ['MinuteTextRecorded'],
      );
      await record('passResolution', { ...atTheMeeting, itemNumber: '4', parts: [{ kind: 'NOTED', text: 'That the report be noted.' }] }, [
        'ResolutionPassed',
      ]);
      await record(
        'confirmPreviousMinutes',
        { ...atTheMeeting, itemNumber: '2', previousMeetingId: 'story-2019-06-14', previousMeetingHeldOn: '2019-06-14', corrections: [] },
        ['PreviousMinutesConfirmed'],
      );
      await record(
        'confirmMinutes',
        {
          meetingId: 'story-2019-03-08',
          confirmedBy: { meetingId: 'story-2019-06-14', itemNumber: '2', bodyId, heldOn: '2019-06-14' },
          corrections: [],
        },
        ['MinutesConfirmed'],
      );
      await record('closeMeeting', { ...atTheMeeting, endedAt: '2019-09-20T16:00:00+01:00' }, ['MeetingClosed']);
      await record(
        'scheduleMeeting',
        { meetingId: 'story-2019-12-02', bodyId, startsAt: '2019-12-02T14:00:00Z', location: venue, contactOfficer },
        ['MeetingScheduled'],
      );
      await record('cancelMeeting', { meetingId: 'story-2019-12-02', reason: 'Not quorate' }, ['MeetingCancelled']);
    });

    it('records follow-ups and actions from raising to settling', async () => {
      const followUp = {
        bodyId,
        raisedBy: decision('8', 'b'),
        raisedOn: '2019-06-14',
        kind: 'REPORT',
        subject: 'Progress on county lines',
        due: { nextMeeting: true },
      };
      await record('raiseFollowUp', { ...followUp, followUpId: 'story-f1' }, ['FollowUpRaised']);
      await record(
        'fulfilFollowUp',
        { followUpId: 'story-f1', fulfilledBy: { meetingId: september, itemNumber: '6' }, bodyId, fulfilledOn: '2019-09-20' },
        ['FollowUpFulfilled'],
      );
      await record('raiseFollowUp', { ...followUp, followUpId: 'story-f2', due: { byDate: '2019-12-31' } }, ['FollowUpRaised']);
      await record('dropFollowUp', { followUpId: 'story-f2', reason: 'Superseded', droppedOn: '2019-09-20' }, ['FollowUpDropped']);

      const action = {
        bodyId,
        raisedFrom: { meetingId: 'story-2019-06-14', itemNumber: '8', part: 'c' },
        raisedOn: '2019-06-14',
        owner: 'Community Safety Team',
        description: 'Circulate the briefing',
        dueOn: '2019-09-01',
      };
      await record('raiseAction', { ...action, actionId: 'story-a1' }, ['ActionRaised']);
      await record(
        'noteActionProgress',
        { actionId: 'story-a1', note: 'Briefing drafted', notedOn: '2019-09-20', notedAt: { meetingId: september, itemNumber: '4' } },
        ['ActionProgressNoted'],
      );
      await record('completeAction', { actionId: 'story-a1', completedOn: '2019-09-27', note: 'Circulated' }, ['ActionCompleted']);
      await record('raiseAction', { ...action, actionId: 'story-a2' }, ['ActionRaised']);
      await record('dropAction', { actionId: 'story-a2', reason: 'No longer needed', droppedOn: '2019-09-20' }, ['ActionDropped']);
    });

    it('decides who is who', async () => {
      await record(
        'mergePersons',
        { personId: 'okafor.r', intoPersonId: 'okafor.rachel', reason: 'The same officer, by her signature', decidedOn: '2019-09-27' },
        ['PersonsMerged'],
      );
      await record(
        'splitPerson',
        { personId: 'hale.d', nameForms: ['Cllr D. Hale'], reason: 'A councillor, not the officer', decidedOn: '2019-09-27' },
        ['PersonSplit'],
      );
    });

    it('has used every mutation with an input the domain accepts', () => {
      const commandTypes = AGGREGATE_KINDS.flatMap((kind) => AGGREGATES[kind].commandTypes);
      expect([...called].sort()).toEqual(commandTypes.map(camelCase).sort());
    });
  });
});
