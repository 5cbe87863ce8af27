import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../test/support/api-process';
import { tokenFor } from '../test/support/test-auth';
import type { BenchContext } from './context';
import { verdict } from './support/report';
import { closedLoop, fmt, median, percentile, repeat } from './support/stats';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { revision position } }`;
const ADD_ITEM = `mutation ($input: AddAgendaItemInput!, $expectedRevision: StreamRevision) { addAgendaItem(input: $input, expectedRevision: $expectedRevision) { revision position } }`;

/**
 * Commands end to end on the embedded store: HTTP, token, validation, read and fold the stream,
 * decide, append with the expected revision, answer. Each worker schedules a meeting of its own and
 * adds its agenda, so streams stay as short as a real meeting's.
 */
export async function benchMutations(context: BenchContext): Promise<void> {
  const { settings, report } = context;
  const workers = 8;
  const runs = await repeat(settings.runs, async (run) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bench-mutations-'));
    const api = await startApi({ STORE: 'pglite', DATA_DIR: dataDir }, 120_000);
    try {
      const token = await tokenFor('clerk');
      const send = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const answer = (await response.json()) as { data?: Record<string, { revision: string }>; errors?: unknown[] };
        if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 400));
        return Object.values(answer.data!)[0]!;
      };
      await send(
        `mutation { establishBody(input: {bodyId: "bench", name: "Bench Safer Communities Board", shortName: "BSCB"}) { position } }`,
        {},
      );
      const state = Array.from({ length: workers }, () => ({ meeting: 0, item: 0, revision: '' }));
      const loop = await closedLoop(workers, settings.loopMs, async (worker) => {
        const s = state[worker]!;
        if (s.item === 0 || s.item >= 12) {
          s.meeting++;
          s.item = 0;
          const result = await send(SCHEDULE, {
            input: {
              meetingId: `bench-2026-03-05-r${run}-w${worker}-m${s.meeting}`,
              bodyId: 'bench',
              startsAt: '2026-03-05T10:00:00Z',
              location: { venue: 'Sparkenhoe Committee Room, County Hall, Glenfield' },
              contactOfficer: { name: 'Euan Walters' },
            },
          });
          s.revision = result.revision;
          s.item = 1;
          return;
        }
        const result = await send(ADD_ITEM, {
          input: {
            meetingId: `bench-2026-03-05-r${run}-w${worker}-m${s.meeting}`,
            item: { number: String(s.item), title: `Report ${s.item}`, kind: 'REPORT' },
          },
          expectedRevision: s.revision,
        });
        s.revision = result.revision;
        s.item++;
      });
      return { rps: loop.ops / loop.seconds, p50: percentile(loop.latencies, 50), p99: percentile(loop.latencies, 99) };
    } finally {
      await api.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
  const r = { rps: median(runs.map((x) => x.rps)), p50: median(runs.map((x) => x.p50)), p99: median(runs.map((x) => x.p99)) };
  report.add({
    bench: 'B6',
    what: `Mutations over HTTP on PGlite (${workers} clients; scheduleMeeting + addAgendaItem with expectedRevision)`,
    figure: `${fmt(r.rps)} commands/s; p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms`,
    beside: 'B1 PGlite append rows above (the store alone)',
    ratio: '—',
    target: '≥ 1,000 commands/s; p99 < 20 ms',
    verdict: verdict(r.rps >= 1000 && r.p99 < 20),
  });
}
