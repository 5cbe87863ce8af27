import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi, type RunningApi } from './support/api-process';
import { record, settle, settleAll } from './support/graphql-client';
import { listen, untilLive } from './support/live-subscription';
import { everyQuery, schemaOf } from './support/schema-walk';
import { tokenFor, type TestCaller } from './support/test-auth';
import { waitFor } from './support/wait-for';

const SECRET_WORDS = 'Quexbridge';
const BODY = 'walk';
const MEETING = 'walk-2024-01-10';
/** A meeting of the other body that markers for the subscriptions are recorded in. */
const MARKERS = 'other-2024-03-13';

const board = [
  { mutation: 'establishBody', input: { bodyId: BODY, name: 'Walk Safer Communities Board', shortName: 'WSCB' } },
  { mutation: 'establishBody', input: { bodyId: 'other', name: 'Other Board', shortName: 'OB' } },
  {
    mutation: 'scheduleMeeting',
    input: {
      meetingId: MEETING,
      bodyId: BODY,
      startsAt: '2024-01-10T10:00:00Z',
      location: { venue: 'County Hall' },
      contactOfficer: { name: 'Clerk' },
    },
  },
];
const at = { meetingId: MEETING, recordedAt: '2024-01-11T09:00:00Z' };
const business = [
  { mutation: 'addAgendaItem', input: { meetingId: MEETING, item: { number: '1', title: 'Performance report', kind: 'REPORT' } } },
  {
    mutation: 'addAgendaItem',
    input: { meetingId: MEETING, item: { number: '2', title: 'Exclusion of the press and public', kind: 'EXCLUSION_OF_PRESS_AND_PUBLIC' } },
  },
  {
    mutation: 'addAgendaItem',
    input: {
      meetingId: MEETING,
      item: {
        number: '3',
        title: 'Contract award',
        kind: 'REPORT',
        report: { title: `${SECRET_WORDS} tender evaluation`, sizeKb: 90 },
        exempt: { paragraphs: [3] },
      },
    },
  },
  {
    mutation: 'passResolution',
    input: { ...at, itemNumber: '1', parts: [{ kind: 'NOTED', text: 'That the performance report be noted.' }] },
  },
  {
    mutation: 'excludePressAndPublic',
    input: {
      ...at,
      itemNumber: '2',
      forItemNumbers: ['3'],
      legalBasis: 'Section 100A(4) of the Local Government Act 1972',
      paragraphs: [3],
    },
  },
  {
    mutation: 'recordMinuteText',
    input: { ...at, itemNumber: '3', paragraphs: [`The Board considered the ${SECRET_WORDS} bids.`], points: [] },
  },
  {
    mutation: 'passResolution',
    input: {
      ...at,
      itemNumber: '3',
      parts: [
        { label: 'a', kind: 'APPROVED', text: `That the contract be awarded to ${SECRET_WORDS} Ltd.` },
        {
          label: 'b',
          kind: 'REQUESTED',
          text: 'That officers report back on the contract.',
          effects: [
            {
              requestFollowUp: {
                request: 'REPORT',
                subject: `${SECRET_WORDS} contract performance`,
                askedOf: `${SECRET_WORDS} liaison officer`,
                due: { nextMeeting: true },
              },
            },
          ],
        },
        {
          label: 'c',
          kind: 'DEFERRED',
          text: 'That the second lot be deferred.',
          effects: [{ deferItem: { subject: `${SECRET_WORDS} second lot`, due: { nextMeeting: true } } }],
        },
      ],
    },
  },
  {
    mutation: 'raiseAction',
    input: {
      actionId: 'walk-2024-01-10-3-a1',
      bodyId: BODY,
      raisedFrom: { meetingId: MEETING, itemNumber: '3' },
      raisedOn: '2024-01-10',
      owner: `${SECRET_WORDS} contract manager`,
      description: `Sign the ${SECRET_WORDS} contract`,
    },
  },
];

describe('who may see and do what', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-access-'));
  let api: RunningApi;

  beforeAll(async () => {
    // The schema walk asks for every field of every body's meetings at once: costly by design, and
    // this suite is about who sees what, so its limit is raised (operation-limits.e2e-spec tests the limit).
    api = await startApi({ DATA_DIR: dataDir, MAX_QUERY_COMPLEXITY: '1000000' });
    await record(api, board);
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const sendAs = async (as: TestCaller, mutation: string, input: Record<string, unknown>) => {
    const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
    return api.graphql<Record<string, { events: { id: string }[] } | null>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { events { id } } }`,
      { input },
      as,
    );
  };
  const meetingEventCount = async () =>
    (await api.graphql<{ streamEvents: unknown[] }>(`{ streamEvents(streamId: "meeting-${MEETING}") { id } }`)).data!.streamEvents.length;

  it('lets neither the public nor members nor auditors record anything', async () => {
    const before = await meetingEventCount();
    for (const as of ['public', 'member', 'auditor'] as const) {
      const answer = await sendAs(as, 'addAgendaItem', {
        meetingId: MEETING,
        item: { number: '9', title: 'Any other business', kind: 'OTHER_BUSINESS' },
      });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await meetingEventCount()).toBe(before);
  });

  it('lets a clerk of one body record for it and not for another, and records who they are', async () => {
    const clerk = { role: 'clerk' as const, bodies: [BODY] };
    const own = await sendAs(clerk, 'addAgendaItem', {
      meetingId: MEETING,
      item: { number: '4', title: 'Date of next meeting', kind: 'DATE_OF_NEXT_MEETING' },
    });
    expect(own.errors).toBeUndefined();
    const other = await sendAs(clerk, 'renameBody', {
      bodyId: 'other',
      name: 'Renamed',
      shortName: 'R',
      inForceFrom: '2024-01-10',
      decision: { meetingId: MEETING, itemNumber: '1' },
    });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', bodyId: 'other' });
    const { streamEvents } = (
      await api.graphql<{ streamEvents: { metadata: { recordedBy: unknown } }[] }>(
        `{ streamEvents(streamId: "meeting-${MEETING}") { metadata } }`,
      )
    ).data!;
    expect(streamEvents.at(-1)!.metadata.recordedBy).toEqual({ id: 'test-clerk', role: 'clerk' });
  });

  it('lets only a clerk who records for every body decide who is who, which holds in every body', async () => {
    const merge = { personId: 'walk.a', intoPersonId: 'walk.alan', reason: 'One officer, by his signature', decidedOn: '2024-01-10' };
    const scoped = await sendAs({ role: 'clerk' as const, bodies: [BODY] }, 'mergePersons', merge);
    expect(scoped.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(scoped.errors?.[0].message).toBe('test-clerk records for some bodies only, and who is who is decided for every body');
    const unrestricted = await sendAs('clerk', 'mergePersons', merge);
    expect(unrestricted.errors).toBeUndefined();
  });

  it("lets no body cite another body's meeting as its decision, nor take another body's meeting ids", async () => {
    const otherClerk = { role: 'clerk' as const, bodies: ['other'] };
    const citing = await sendAs(otherClerk, 'renameBody', {
      bodyId: 'other',
      name: 'Renamed Other Board',
      shortName: 'ROB',
      inForceFrom: '2024-01-10',
      decision: { meetingId: MEETING, itemNumber: '1' },
    });
    expect(citing.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE_VIOLATED',
      rule: 'CITES_ANOTHER_BODYS_MEETING',
      meetingId: MEETING,
    });
    const squatting = await sendAs(otherClerk, 'scheduleMeeting', { meetingId: 'walk-2024-02-14', bodyId: 'other', heldOn: '2024-02-14' });
    expect(squatting.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'MEETING_ID_OF_ANOTHER_BODY' });
    const own = await sendAs(otherClerk, 'scheduleMeeting', { meetingId: 'other-2024-02-14', bodyId: 'other', heldOn: '2024-02-14' });
    expect(own.errors).toBeUndefined();
  });

  it('refuses a token that does not verify, rather than treating the caller as the public', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ bodies { bodyId } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never shows the public exempt business, in any query, the audit trail, the register or subscriptions', async () => {
    const client = (as: TestCaller) =>
      createClient({
        url: `${api.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: async () => {
          const token = await tokenFor(as);
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      });
    const publicClient = client('public');
    const auditorClient = client('auditor');
    const heard = listen<{ meetingId: string; itemNumber: string; text: string; itemTitle: string }>(
      publicClient,
      'subscription { decisionRecorded { meetingId itemNumber text itemTitle } }',
      'decisionRecorded',
    );
    const refused = listen(publicClient, `subscription { bodyEvents(bodyId: "${BODY}") { type data } }`, 'bodyEvents');
    // Hears the exempt business too: it shows when the register has published it.
    const overheard = listen<{ meetingId: string; itemNumber: string; text: string }>(
      auditorClient,
      'subscription { decisionRecorded { meetingId itemNumber text } }',
      'decisionRecorded',
    );
    // Markers: resolutions of another body's meeting, which every subscriber to the register may hear.
    await record(api, [
      {
        mutation: 'scheduleMeeting',
        input: {
          meetingId: MARKERS,
          bodyId: 'other',
          startsAt: '2024-03-13T10:00:00Z',
          location: { venue: 'Town Hall' },
          contactOfficer: { name: 'Clerk' },
        },
      },
    ]);
    const marker = (number: string) => [
      { mutation: 'addAgendaItem', input: { meetingId: MARKERS, item: { number, title: `Marker ${number}`, kind: 'OTHER_BUSINESS' } } },
      {
        mutation: 'passResolution',
        input: {
          meetingId: MARKERS,
          recordedAt: '2024-03-13T11:00:00Z',
          itemNumber: number,
          parts: [{ kind: 'NOTED', text: `That marker ${number} be noted.` }],
        },
      },
    ];
    const isMarker = (decision: { meetingId: string }) => decision.meetingId === MARKERS;
    await untilLive([heard, overheard], (attempt) => record(api, marker(`M${attempt}`)).then(() => undefined), isMarker);
    await refused.until((_, errors) => errors.length > 0, 'the refusal');

    const last = await record(api, business);
    await settle(api, last);
    // The follow-ups the exempt resolution raised are recorded by the process manager, after it.
    await waitFor(
      async () => {
        const raised = await api.graphql<{ followUps: unknown[] }>(`{ followUps(bodyId: "${BODY}") { followUpId } }`, {}, 'auditor');
        if ((raised.data?.followUps.length ?? 0) >= 2) return true;
        throw new Error(JSON.stringify(raised));
      },
      { timeoutMs: 20_000, intervalMs: 100, what: 'the two follow-ups of the exempt resolution' },
    );
    // …and the read models include whatever else the process manager recorded.
    await settleAll(api);
    // The register has published the exempt decision to whoever may hear it; a resolution recorded
    // after it reaches the public, who must have heard nothing exempt before.
    await overheard.until((decisions) => decisions.some((decision) => decision.text.includes(SECRET_WORDS)), 'the exempt decision');
    await record(api, marker('last'));
    await heard.until((decisions) => decisions.some((decision) => isMarker(decision) && decision.itemNumber === 'last'), 'the last marker');

    const schema = await schemaOf(api, 'public');
    const values = { bodyId: BODY, meetingId: MEETING, streamId: `meeting-${MEETING}`, search: SECRET_WORDS, fromVersion: 1, toVersion: 1 };
    const queries = everyQuery(schema, values);
    expect(queries.length).toBeGreaterThan(8);
    const asPublic = await Promise.all(queries.map((query) => api.graphql(query, {}, 'public')));
    for (const answer of asPublic) {
      expect(JSON.stringify(answer)).not.toContain(SECRET_WORDS);
      for (const error of answer.errors ?? []) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.extensions?.code);
    }
    // The public walk did reach the meeting and its non-exempt business.
    expect(JSON.stringify(asPublic)).toContain('That the performance report be noted.');

    // The same walk as an auditor does find it: the walk reaches where exempt text would be.
    const asAuditor = await Promise.all(queries.map((query) => api.graphql(query, {}, 'auditor')));
    expect(JSON.stringify(asAuditor)).toContain(`${SECRET_WORDS} tender evaluation`);
    expect(JSON.stringify(asAuditor)).toContain(`The Board considered the ${SECRET_WORDS} bids.`);
    // …and reaches what the exempt business raised: follow-ups, a deferral and an action.
    expect(JSON.stringify(asAuditor)).toContain(`${SECRET_WORDS} contract performance`);
    expect(JSON.stringify(asAuditor)).toContain(`${SECRET_WORDS} second lot`);
    expect(JSON.stringify(asAuditor)).toContain(`${SECRET_WORDS} contract manager`);

    // Members see what the public may not.
    const asMember = await api.graphql<{ decisionRegister: { edges: { node: { text: string } }[] } }>(
      `{ decisionRegister(search: "${SECRET_WORDS}") { edges { node { text } } } }`,
      {},
      'member',
    );
    expect(asMember.data!.decisionRegister.edges.map((edge) => edge.node.text)).toEqual([
      `That the contract be awarded to ${SECRET_WORDS} Ltd.`,
    ]);

    expect(JSON.stringify(heard.values)).toContain('That the performance report be noted.');
    expect(JSON.stringify(heard.values)).not.toContain(SECRET_WORDS);
    expect(heard.errors).toEqual([]);
    expect(refused.values).toEqual([]);
    expect(JSON.stringify(refused.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(refused.errors)).not.toContain(SECRET_WORDS);
    await publicClient.dispose();
    await auditorClient.dispose();
  }, 60_000);

  it('refuses operations nested too deep or too costly, and bodies too large', async () => {
    const deep = `{ bodies { ${'name { decision { meeting { body { '.repeat(4)}bodyId${' } } } }'.repeat(4)} } }`;
    const answer = await api.graphql(deep, {}, 'public');
    expect(answer.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const large = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ bodies { bodyId } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(large.status).toBe(413);
  });
});
