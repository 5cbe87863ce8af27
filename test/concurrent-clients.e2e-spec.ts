import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from './support/api-process';
import { record, send } from './support/graphql-client';
import { apiBackends } from './support/test-databases';

const CLIENTS = 32;

describe.each(apiBackends())('32 clients writing to one meeting at once on $name', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-race-'));
  let api: RunningApi;
  const meetingId = `race-2024-03-01-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    api = await startApi(backend.env(dataDir));
    await record(api, [
      { mutation: 'establishBody', input: { bodyId: 'race', name: 'Race Board', shortName: 'RB' } },
      {
        mutation: 'scheduleMeeting',
        input: {
          meetingId,
          bodyId: 'race',
          startsAt: '2024-03-01T10:00:00Z',
          location: { venue: 'County Hall' },
          contactOfficer: { name: 'Clerk' },
        },
      },
    ]);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await backend.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const meetingEvents = async () => {
    const answer = await api.graphql<{
      streamEvents: { id: string; type: string; revision: string; data: { item?: { number: string } } }[];
    }>(`{ streamEvents(streamId: "meeting-${meetingId}", first: 1000) { id type revision data } }`);
    return answer.data!.streamEvents;
  };
  const addItem = (number: string) => ({
    mutation: 'addAgendaItem',
    input: { meetingId, item: { number, title: `Item ${number}`, kind: 'REPORT' } },
  });

  it('with the revision they read: one wins each revision, the rest get CONFLICT, no acknowledged write is lost', async () => {
    const acknowledged: string[] = [];
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (;;) {
          const events = await meetingEvents();
          const revision = events.at(-1)!.revision;
          const { written, errors } = await send(api, addItem(`A${client}`), { expectedRevision: revision, commandId: randomUUID() });
          if (written) {
            acknowledged.push(...written.events.map((event) => event.id));
            return;
          }
          expect(errors).toHaveLength(1);
          expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', streamId: `meeting-${meetingId}`, expectedRevision: revision });
          conflicts += 1;
        }
      }),
    );

    const events = await meetingEvents();
    const added = events.filter((event) => event.type === 'AgendaItemAdded' && event.data.item!.number.startsWith('A'));
    expect(added).toHaveLength(CLIENTS);
    expect(new Set(added.map((event) => event.id))).toEqual(new Set(acknowledged));
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => String(index)));
    expect(conflicts).toBeGreaterThan(0);
  });

  it('without a revision: the server re-decides lost races itself, and every command is recorded once', async () => {
    const results = await Promise.all(Array.from({ length: CLIENTS }, (_, client) => send(api, addItem(`B${client}`))));
    for (const { errors } of results) expect(errors).toBeUndefined();

    const events = await meetingEvents();
    const added = events.filter((event) => event.type === 'AgendaItemAdded' && event.data.item!.number.startsWith('B'));
    expect(added.map((event) => event.data.item!.number).sort()).toEqual(
      Array.from({ length: CLIENTS }, (_, client) => `B${client}`).sort(),
    );
    expect(new Set(added.map((event) => event.id))).toEqual(
      new Set(results.flatMap(({ written }) => written!.events.map((event) => event.id))),
    );
  });

  it('a retried command (same command id) is answered with the first result and recorded once', async () => {
    const commandId = randomUUID();
    const attempts = await Promise.all(Array.from({ length: 8 }, () => send(api, addItem('C1'), { commandId })));
    for (const { errors } of attempts) expect(errors).toBeUndefined();
    const ids = new Set(attempts.flatMap(({ written }) => written!.events.map((event) => event.id)));
    expect(ids.size).toBe(1);
    const events = await meetingEvents();
    expect(events.filter((event) => event.data.item?.number === 'C1')).toHaveLength(1);
  });
});
