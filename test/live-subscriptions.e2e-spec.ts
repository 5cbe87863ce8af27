import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi, type RunningApi } from './support/api-process';
import { BODY, foundation, september2023, SEPTEMBER_2023 } from './support/board-history';
import { record } from './support/graphql-client';
import { tokenFor } from './support/test-auth';

interface Received<T> {
  readonly values: T[];
  until(count: number, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

function subscribe<T>(client: Client, query: string, field: string): Received<T> {
  const values: T[] = [];
  const stop = client.subscribe<Record<string, T>>(
    { query },
    {
      next: (message) => {
        if (message.errors) throw new Error(JSON.stringify(message.errors));
        values.push(message.data![field]);
      },
      error: (error) => {
        throw error instanceof Error ? error : new Error(JSON.stringify(error));
      },
      complete: () => undefined,
    },
  );
  return {
    values,
    stop,
    async until(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (values.length < count) {
        if (Date.now() > deadline) throw new Error(`received ${values.length} of ${count} ${field} messages`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return values;
    },
  };
}

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

  it('tells a body\'s subscribers what is recorded about it, and every subscriber each new decision once it can be queried', async () => {
    const events = subscribe<{ type: string; streamId: string }>(client, `subscription { bodyEvents(bodyId: "${BODY}") { type streamId } }`, 'bodyEvents');
    const others = subscribe<{ type: string }>(client, 'subscription { bodyEvents(bodyId: "another-board") { type } }', 'bodyEvents');
    const decisions = subscribe<{ meetingId: string; itemNumber: string; part: string | null; meeting: { heldOn: string } }>(
      client,
      `subscription { decisionRecorded(bodyId: "${BODY}") { meetingId itemNumber part meeting { heldOn } } }`,
      'decisionRecorded',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    await record(api, [...foundation, ...september2023]);

    const types = (await events.until(foundation.length + september2023.length)).map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(['BodyEstablished', 'TermsOfReferenceAdopted', 'MemberOrganisationAdmitted']);
    expect(types).toContain('AgendaItemAdded');
    expect(types).toContain('ResolutionPassed');
    expect(events.values.some((event) => event.streamId === `meeting-${SEPTEMBER_2023}`)).toBe(true);

    // Resolutions of items 4, 6 (two parts), 11, 7, 8, 9, 10 and 12.
    const received = await decisions.until(9);
    expect(received.find((decision) => decision.itemNumber === '6' && decision.part === 'b')).toEqual({
      meetingId: SEPTEMBER_2023,
      itemNumber: '6',
      part: 'b',
      meeting: { heldOn: '2023-09-29' },
    });
    expect(others.values).toEqual([]);
    for (const subscription of [events, others, decisions]) subscription.stop();
  });
});
