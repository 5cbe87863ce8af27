import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';
import {
  AMENDED_3_5,
  AMENDED_3_6,
  BODY,
  CORRECTED_JUNE_POINT_III,
  DEFERRED_DEPUTY_ELECTION,
  foundation,
  june2019,
  JUNE_2019,
  NESCB_NAME,
  NSCB_NAME,
  ORIGINAL_JUNE_POINT_III,
  EASTDALE_ITEM_TITLE,
  september2019,
  SEPTEMBER_2019,
  september2023,
  SEPTEMBER_2023,
} from './support/board-history';
import { record, settle } from './support/graphql-client';
import { apiBackends } from './support/test-databases';
import { instantBetweenRecordings } from './support/wait-for';

describe.each(apiBackends())("the board's history recorded through the API on $name", (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-history-'));
  let api: RunningApi;
  let beforeSeptember2019: string;

  beforeAll(async () => {
    api = await startApi(backend.env(dataDir));
    await settle(api, await record(api, [...foundation, ...june2019]));
    beforeSeptember2019 = await instantBetweenRecordings();
    await settle(api, await record(api, [...september2019, ...september2023]));
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = async <T>(text: string): Promise<T> => {
    const answer = await api.graphql<T>(text);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  it("carried out item 6's effects on the body, each caused by the resolution and citing its part", async () => {
    const { meetingEvents, bodyEvents, processManager } = await query<{
      meetingEvents: { id: string; type: string; data: { itemNumber?: string } }[];
      bodyEvents: {
        type: string;
        data: { decision?: { meetingId: string; itemNumber: string; part?: string } };
        metadata: { causationId: string; source: string };
      }[];
      processManager: { parkedEffects: unknown[] };
    }>(`{
      meetingEvents: streamEvents(streamId: "meeting-${SEPTEMBER_2023}", first: 1000) { id type data }
      bodyEvents: streamEvents(streamId: "body-${BODY}", first: 1000) { type data metadata }
      processManager { parkedEffects { commandKey errorMessage } }
    }`);
    const resolution = meetingEvents.find((event) => event.type === 'ResolutionPassed' && event.data.itemNumber === '6')!;
    const caused = bodyEvents.filter((event) => event.metadata.causationId === resolution.id);
    expect(caused.map((event) => [event.type, event.data.decision?.part])).toEqual([
      ['MemberOrganisationAdmitted', 'a'],
      ['BodyRenamed', 'a'],
      ['TermsOfReferenceAdopted', 'b'],
      ['TermsOfReferenceAmended', 'b'],
    ]);
    for (const event of caused) {
      expect(event.data.decision).toMatchObject({ meetingId: SEPTEMBER_2023, itemNumber: '6' });
      expect(event.metadata.source).toBe('process-manager');
    }
    expect(processManager.parkedEffects).toEqual([]);
  });

  it('has Eastdale a member from 29 September 2023, not the day before, admitted by resolution (a) of its item', async () => {
    const { body } = await query<{ body: { before: { organisationId: string }[]; after: Record<string, unknown>[] } }>(`{
      body(bodyId: "${BODY}") {
        before: members(inForceAt: "2023-09-28") { organisationId }
        after: members(inForceAt: "2023-09-29") {
          organisationId from
          admittedBy { meetingId itemNumber part itemTitle partText kind meeting { heldOn } }
        }
      }
    }`);
    expect(body.before.map((member) => member.organisationId)).toEqual(['northshire-county-council']);
    const eastdale = body.after.find((member) => member.organisationId === 'eastdale-district-council');
    expect(eastdale).toEqual({
      organisationId: 'eastdale-district-council',
      from: '2023-09-29',
      admittedBy: {
        meetingId: SEPTEMBER_2023,
        itemNumber: '6',
        part: 'a',
        itemTitle: EASTDALE_ITEM_TITLE,
        partText: expect.stringContaining('membership of the Board be approved'),
        kind: 'APPROVED',
        meeting: { heldOn: '2023-09-29' },
      },
    });
  });

  it('gives the name in force on each side of the renaming', async () => {
    const { body } = await query<{
      body: { before: { name: string }; after: { name: string; shortName: string; decision: { part: string } } };
    }>(`{
      body(bodyId: "${BODY}") {
        before: name(inForceAt: "2023-09-28") { name }
        after: name(inForceAt: "2023-09-29") { name shortName decision { part } }
      }
    }`);
    expect(body.before.name).toBe(NSCB_NAME);
    expect(body.after).toEqual({ name: NESCB_NAME, shortName: 'NESCB', decision: { part: 'a' } });
  });

  it('gives the terms of reference in force before and after the amendment, and their differences', async () => {
    type Version = { version: number; clauses: { id: string; text: string }[]; decision: { part: string | null } };
    const { body } = await query<{
      body: {
        before: Version;
        after: Version;
        diff: { clauseId: string; change: string; before: { text: string }; after: { text: string } }[];
      };
    }>(`{
      body(bodyId: "${BODY}") {
        before: termsOfReference(inForceAt: "2023-09-28") { version clauses { id text } decision { part } }
        after: termsOfReference(inForceAt: "2023-09-29") { version clauses { id text } decision { part } }
        diff: termsOfReferenceDiff(fromVersion: 2, toVersion: 3) { clauseId change before { text } after { text } }
      }
    }`);
    expect(body.before.version).toBe(1);
    expect(body.before.clauses.map((clause) => clause.id)).toEqual(['1', '3.1', '5']);
    expect(body.after.version).toBe(3);
    expect(body.after.decision.part).toBe('b');
    expect(body.after.clauses.find((clause) => clause.id === '3.5')?.text).toBe(AMENDED_3_5);
    expect(body.after.clauses.find((clause) => clause.id === '3.6')?.text).toBe(AMENDED_3_6);
    expect(body.diff.filter((clause) => clause.change !== 'UNCHANGED').map((clause) => [clause.clauseId, clause.change])).toEqual([
      ['3.5', 'CHANGED'],
      ['3.6', 'CHANGED'],
    ]);
  });

  it('shows the deputy chair election outstanding between June and September 2019, fulfilled after', async () => {
    const answer = await query<{
      july: { followUpId: string; status: string; raisedBy: { meetingId: string; itemNumber: string } }[];
      october: { followUpId: string; fulfilledBy: { meetingId: string; itemNumber: string } }[];
      outstandingNow: { subject: string }[];
      body: { july: { office: string; holder: string }[]; october: { office: string; holder: string }[] };
    }>(`{
      july: followUps(bodyId: "${BODY}", inForceAt: "2019-07-01") { followUpId status raisedBy { meetingId itemNumber } }
      october: followUps(bodyId: "${BODY}", inForceAt: "2019-10-01", status: [FULFILLED]) { followUpId fulfilledBy { meetingId itemNumber } }
      outstandingNow: followUps(bodyId: "${BODY}") { subject }
      body(bodyId: "${BODY}") {
        july: officeholders(inForceAt: "2019-07-01") { office holder }
        october: officeholders(inForceAt: "2019-10-01") { office holder }
      }
    }`);
    expect(answer.july).toEqual([
      { followUpId: DEFERRED_DEPUTY_ELECTION, status: 'OUTSTANDING', raisedBy: { meetingId: JUNE_2019, itemNumber: '2' } },
    ]);
    expect(answer.october).toEqual([{ followUpId: DEFERRED_DEPUTY_ELECTION, fulfilledBy: { meetingId: SEPTEMBER_2019, itemNumber: '1' } }]);
    expect(answer.outstandingNow).toEqual([{ subject: 'Presentation on the Prevent Duty guidance refresh' }]);
    expect(answer.body.july).toEqual([{ office: 'CHAIR', holder: 'Mr P. J. Hallowell MBE CC' }]);
    expect(answer.body.october).toEqual([
      { office: 'CHAIR', holder: 'Mr P. J. Hallowell MBE CC' },
      { office: 'DEPUTY_CHAIR', holder: 'Cllr R. Penhallow' },
    ]);
  });

  it('reads the June 2019 minute as first recorded before its correction, and corrected after, side by side', async () => {
    type Item = {
      number: string;
      minute: {
        paragraphs: string[];
        paragraphsAsCorrected: string[];
        points: { label: string; text: string; originalText: string | null }[];
      };
    };
    const answer = await query<{
      before: { items: Item[]; minutesConfirmation: { confirmed: boolean } };
      now: { items: Item[]; minutesConfirmation: Record<string, unknown> };
    }>(`{
      before: meeting(meetingId: "${JUNE_2019}", asRecordedAt: "${beforeSeptember2019}") {
        items { number minute { paragraphs paragraphsAsCorrected points { label text originalText } } }
        minutesConfirmation { confirmed }
      }
      now: meeting(meetingId: "${JUNE_2019}") {
        items { number minute { paragraphs paragraphsAsCorrected points { label text originalText } } }
        minutesConfirmation {
          confirmed confirmedAtMeetingId
          corrections { itemNumber point originalText replacedText correctedText correctedOn }
          attendanceCorrections { correctedText correctedOn confirmedAtMeetingId confirmedAtItemNumber }
        }
      }
    }`);
    const item5 = (meeting: { items: Item[] }) => meeting.items.find((item) => item.number === '5')!.minute;
    const pointIii = (meeting: { items: Item[] }) => item5(meeting).points.find((point) => point.label === 'iii');
    expect(pointIii(answer.before)).toEqual({ label: 'iii', text: ORIGINAL_JUNE_POINT_III, originalText: null });
    expect(item5(answer.before).paragraphsAsCorrected).toEqual(item5(answer.before).paragraphs);
    expect(answer.before.minutesConfirmation.confirmed).toBe(false);
    expect(pointIii(answer.now)).toEqual({ label: 'iii', text: CORRECTED_JUNE_POINT_III, originalText: ORIGINAL_JUNE_POINT_III });
    // The correction that names its words replaces them where they stand; the paragraph as recorded is kept.
    expect(item5(answer.now).paragraphs).toEqual(['The Board considered a report on Safer Communities performance for 2018-19.']);
    expect(item5(answer.now).paragraphsAsCorrected).toEqual([
      'The Board considered a report on Safer Communities performance for the year to March 2019.',
    ]);
    expect(answer.now.minutesConfirmation).toEqual({
      confirmed: true,
      confirmedAtMeetingId: SEPTEMBER_2019,
      corrections: [
        {
          itemNumber: '5',
          point: 'iii',
          originalText: ORIGINAL_JUNE_POINT_III,
          replacedText: null,
          correctedText: CORRECTED_JUNE_POINT_III,
          correctedOn: '2019-09-20',
        },
        {
          itemNumber: '5',
          point: null,
          originalText: 'The Board considered a report on Safer Communities performance for 2018-19.',
          replacedText: 'for 2018-19',
          correctedText: 'for the year to March 2019',
          correctedOn: '2019-09-20',
        },
      ],
      attendanceCorrections: [
        {
          correctedText: 'Cllr R. Penhallow be added to those present',
          correctedOn: '2019-09-20',
          confirmedAtMeetingId: SEPTEMBER_2019,
          confirmedAtItemNumber: '2',
        },
      ],
    });
  });

  it('follows the order of business actually taken, and keeps the agenda order', async () => {
    const { meeting } = await query<{
      meeting: {
        business: { number: string }[];
        agenda: { number: string }[];
        noDeclarationsMade: boolean;
        orderOfBusinessVariedBecause: string;
      };
    }>(`{
      meeting(meetingId: "${SEPTEMBER_2023}") {
        business: items { number }
        agenda: items(order: AGENDA) { number }
        noDeclarationsMade
        orderOfBusinessVariedBecause
      }
    }`);
    expect(meeting.business.map((item) => item.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '6A',
      '11',
      '7',
      '8',
      '9',
      '10',
      '12',
      '13',
    ]);
    expect(meeting.agenda.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '6A']);
    expect(meeting.noDeclarationsMade).toBe(true);
    expect(meeting.orderOfBusinessVariedBecause).toMatch(/vary the order of business/);
  });

  it('finds decisions by their words in the register, newest first, with what each changed', async () => {
    const { decisionRegister } = await query<{
      decisionRegister: {
        edges: { node: { meetingId: string; itemNumber: string; part: string; kind: string; bodyChanges: { description: string }[] } }[];
      };
    }>(`{
      decisionRegister(bodyId: "${BODY}", search: "membership Eastdale") {
        edges { node { meetingId itemNumber part kind bodyChanges { description } } }
      }
    }`);
    expect(decisionRegister.edges.map((edge) => edge.node)).toEqual([
      {
        meetingId: SEPTEMBER_2023,
        itemNumber: '6',
        part: 'a',
        kind: 'APPROVED',
        bodyChanges: [{ description: `Named ${NESCB_NAME} (NESCB)` }, { description: 'Admitted Eastdale District Council as a member' }],
      },
      {
        meetingId: SEPTEMBER_2023,
        itemNumber: '6',
        part: 'b',
        kind: 'APPROVED_SUBJECT_TO_AMENDMENT',
        bodyChanges: [{ description: 'Adopted terms of reference version 2' }, { description: 'Amended terms of reference version 3' }],
      },
    ]);
  });

  it("shows the whole log by position range with every event's metadata, for the audit trail", async () => {
    const { logEvents } = await query<{
      logEvents: { position: string; streamId: string; type: string; metadata: Record<string, unknown> }[];
    }>('{ logEvents(fromPosition: "2", toPosition: "4") { position streamId type metadata } }');
    expect(logEvents.map((event) => [event.position, event.type])).toEqual([
      ['2', 'TermsOfReferenceAdopted'],
      ['3', 'MemberOrganisationAdmitted'],
      ['4', 'MeetingScheduled'],
    ]);
    for (const event of logEvents) {
      expect(event.metadata).toMatchObject({
        commandId: expect.any(String),
        correlationId: expect.any(String),
        causationId: expect.any(String),
        recordedBy: { id: 'test-admin', role: 'admin' },
        source: 'graphql',
        schemaVersion: expect.any(Number),
      });
    }
  });

  it("finds every stream's hash chain whole, the process manager's events included", async () => {
    const { verifyLedger } = await query<{ verifyLedger: { events: number; broken: unknown } }>(
      '{ verifyLedger { events broken { streamId revision } } }',
    );
    expect(verifyLedger.broken).toBeNull();
    expect(verifyLedger.events).toBeGreaterThan(60);
  });

  it('pages through the register newest first', async () => {
    type Page = {
      decisionRegister: {
        edges: { node: { meetingId: string; itemNumber: string; part: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await query<Page>(
      `{ decisionRegister(bodyId: "${BODY}", first: 3) { edges { node { meetingId itemNumber part } } pageInfo { hasNextPage endCursor } } }`,
    );
    const rest = await query<Page>(
      `{ decisionRegister(bodyId: "${BODY}", first: 100, after: "${first.decisionRegister.pageInfo.endCursor}") { edges { node { meetingId itemNumber part } } pageInfo { hasNextPage endCursor } } }`,
    );
    const all = [...first.decisionRegister.edges, ...rest.decisionRegister.edges].map((edge) => edge.node);
    expect(first.decisionRegister.pageInfo.hasNextPage).toBe(true);
    expect(rest.decisionRegister.pageInfo.hasNextPage).toBe(false);
    expect(all[0].meetingId).toBe(SEPTEMBER_2023);
    expect(all.at(-1)).toEqual({ meetingId: JUNE_2019, itemNumber: '2', part: null });
    expect(all).toHaveLength(12);
  });
});
