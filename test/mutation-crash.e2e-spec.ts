import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startApi, type RunningApi } from './support/api-process';
import { send, settle } from './support/graphql-client';
import { apiBackends } from './support/test-databases';

/** How many times the API is killed; `npm run test:soak` raises it. */
const KILLS = Number(process.env.CRASH_KILLS ?? 4);

const addItem = (meetingId: string, number: string) => ({
  mutation: 'addAgendaItem',
  input: { meetingId, item: { number, title: `Item ${number}`, kind: 'REPORT' } },
});

const postgres = apiBackends().filter((backend) => backend.name === 'PostgreSQL');

// The embedded store's crash safety is tested in embedded-store-crash; this one needs a server.
(postgres.length > 0
  ? describe.each(postgres)
  : describe.skip.each([{ name: 'PostgreSQL (TEST_DATABASE_URL not set)', env: () => ({}), cleanUp: async () => undefined }]))(
  'the API killed mid-write on $name',
  (backend) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-kill-'));
    const env = backend.env(dataDir);
    const meetingId = `kill-2024-02-01-${randomUUID().slice(0, 8)}`;

    afterAll(async () => {
      await backend.cleanUp();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged mutation exactly once across SIGKILLs, and the read models equal a rebuild', async () => {
      let api: RunningApi = await startApi(env);
      for (const step of [
        { mutation: 'establishBody', input: { bodyId: 'kill', name: 'Kill Board', shortName: 'KB' } },
        {
          mutation: 'scheduleMeeting',
          input: {
            meetingId,
            bodyId: 'kill',
            startsAt: '2024-02-01T10:00:00Z',
            location: { venue: 'County Hall' },
            contactOfficer: { name: 'Clerk' },
          },
        },
      ]) {
        expect((await send(api, step)).errors).toBeUndefined();
      }

      const acknowledged = new Map<string, string[]>();
      let next = 0;
      for (let round = 0; round < KILLS; round++) {
        const writers = Array.from({ length: 4 }, async () => {
          for (;;) {
            const number = String(next++);
            const commandId = randomUUID();
            const { written } = await send(api, addItem(meetingId, number), { commandId }).catch(() => ({ written: undefined }));
            if (!written) return; // the server went away mid-request: not acknowledged
            acknowledged.set(
              number,
              written.events.map((event) => event.id),
            );
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
        await api.stop('SIGKILL');
        await Promise.all(writers);
        api = await startApi(env);
      }

      const { streamEvents } = (
        await api.graphql<{ streamEvents: { id: string; type: string; data: { item?: { number: string } } }[] }>(
          `{ streamEvents(streamId: "meeting-${meetingId}", first: 1000) { id type data } }`,
        )
      ).data!;
      const ids = streamEvents.map((event) => event.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [number, eventIds] of acknowledged) {
        for (const id of eventIds) expect(ids).toContain(id);
        expect(streamEvents.filter((event) => event.data.item?.number === number)).toHaveLength(1);
      }
      expect(acknowledged.size).toBeGreaterThan(KILLS);

      const { serverInfo } = (await api.graphql<{ serverInfo: { headPosition: string } }>('{ serverInfo { headPosition } }')).data!;
      await settle(api, BigInt(serverInfo.headPosition));
      await api.stop();
      const verified = await runCli(['verify-projections'], env);
      expect(verified.code).toBe(0);
    }, 300_000);
  },
);
