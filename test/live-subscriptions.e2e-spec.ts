import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi, type RunningApi } from './support/api-process';
import { BODY, foundation, september2023, SEPTEMBER_2023 } from './support/board-history';
import { record } from './support/graphql-client';
import { listen, untilLive } from './support/live-subscription';
import { tokenFor } from './support/test-auth';

const OTHER_BODY = 'another-board';
/** A meeting of each body, scheduled before anyone subscribes, that markers are recorded in. */
const MARKERS = `${BODY}-2016-01-14`;
const OTHER_MARKERS = `${OTHER_BODY}-2016-01-14`;
const schedule = (meetingId: string, bodyId: string) => ({
  mutation: 'scheduleMeeting',
  input: { meetingId, bodyId, startsAt: '2016-01-14T10:00:00Z', location: { venue: 'County Hall' }, contactOfficer: { name: 'Clerk' } },
});
const markerItem = (meetingId: string, number: string) => ({
  mutation: 'addAgendaItem',
  input: { meetingId, item: { number, title: `Marker ${number}`, kind: 'OTHER_BUSINESS' } },
});
const markerResolution = (meetingId: string, number: string) => ({
  mutation: 'passResolution',
  input: {
    meetingId,
    itemNumber: number,
    recordedAt: '2016-01-14T11:00:00Z',
    parts: [{ kind: 'NOTED', text: `That marker ${number} be noted.` }],
  },
});

describe('live subscriptions over graphql-ws', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-live-'));
  let api: RunningApi;
  let client: Client;

  beforeAll(async () => {
    api = await startApi({ DATA_DIR: dataDir });
    client = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: async () => ({ authorization: `Bearer ${await tokenFor('auditor')}` }),
    });
  });

  afterAll(async () => {
    await client?.dispose();
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("tells a body's subscribers what is recorded about it, and every subscriber each new decision once it can be queried", async () => {
    await record(api, [
      foundation[0],
      schedule(MARKERS, BODY),
      { mutation: 'establishBody', input: { bodyId: OTHER_BODY, name: 'Another Board', shortName: 'AB' } },
      schedule(OTHER_MARKERS, OTHER_BODY),
    ]);
    const events = listen<{ type: string; streamId: string }>(
      client,
      `subscription { bodyEvents(bodyId: "${BODY}") { type streamId } }`,
      'bodyEvents',
    );
    const others = listen<{ type: string; streamId: string; data: { item?: { number: string } } }>(
      client,
      `subscription { bodyEvents(bodyId: "${OTHER_BODY}") { type streamId data } }`,
      'bodyEvents',
    );
    const decisions = listen<{ meetingId: string; itemNumber: string; part: string | null; meeting: { heldOn: string } }>(
      client,
      `subscription { decisionRecorded(bodyId: "${BODY}") { meetingId itemNumber part meeting { heldOn } } }`,
      'decisionRecorded',
    );
    const isMarker = (value: { streamId?: string; meetingId?: string }) =>
      [`meeting-${MARKERS}`, `meeting-${OTHER_MARKERS}`].includes(value.streamId!) || value.meetingId === MARKERS;
    await untilLive(
      [events, others, decisions],
      (attempt) =>
        record(api, [
          markerItem(MARKERS, `M${attempt}`),
          markerResolution(MARKERS, `M${attempt}`),
          markerItem(OTHER_MARKERS, `M${attempt}`),
        ]).then(() => undefined),
      isMarker,
    );

    await record(api, [...foundation.slice(1), ...september2023]);

    const ofTheBoard = <T extends { streamId: string }>(values: readonly T[]) => values.filter((event) => !isMarker(event));
    // Its terms, its member, the meeting's events and the process manager's effects of item 6 on the body.
    const types = ofTheBoard(
      await events.until((values) => ofTheBoard(values).length >= foundation.length - 1 + september2023.length, "the board's events"),
    ).map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(['TermsOfReferenceAdopted', 'MemberOrganisationAdmitted', 'MeetingScheduled']);
    expect(types).toContain('AgendaItemAdded');
    expect(types).toContain('ResolutionPassed');
    expect(events.values.some((event) => event.streamId === `meeting-${SEPTEMBER_2023}`)).toBe(true);

    // Resolutions of items 4, 6 (two parts), 11, 7, 8, 9, 10 and 12.
    const ofSeptember = <T extends { meetingId: string }>(values: readonly T[]) =>
      values.filter((decision) => decision.meetingId === SEPTEMBER_2023);
    const received = ofSeptember(
      await decisions.until((values) => ofSeptember(values).length >= 9, 'the nine decisions of September 2023'),
    );
    expect(received.find((decision) => decision.itemNumber === '6' && decision.part === 'b')).toEqual({
      meetingId: SEPTEMBER_2023,
      itemNumber: '6',
      part: 'b',
      meeting: { heldOn: '2023-09-29' },
    });

    // Another body's subscriber, live since before the board's events were recorded, hears one recorded
    // after them all, and nothing of the board's before it.
    await record(api, [markerItem(OTHER_MARKERS, 'last')]);
    await others.until((values) => values.some((event) => event.data.item?.number === 'last'), 'the last marker of another board');
    expect(others.values.at(-1)!.data.item?.number).toBe('last');
    expect(others.values.map((event) => event.streamId)).toEqual(others.values.map(() => `meeting-${OTHER_MARKERS}`));
    expect(events.errors.concat(others.errors, decisions.errors)).toEqual([]);
    for (const subscription of [events, others, decisions]) subscription.stop();
  });
});
