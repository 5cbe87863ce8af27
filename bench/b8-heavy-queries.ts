import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../test/support/api-process';
import { tokenFor } from '../test/support/test-auth';
import type { BenchContext } from './context';
import { pacedLoad } from './support/paced-load';
import { verdict } from './support/report';
import { fmt, median, percentile, ratio, repeat } from './support/stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (
  options: Record<string, unknown>,
) => Promise<{ requests: { average: number }; non2xx: number; '2xx': number; errors: number }>;

const BODY = 'bench-heavy';
const LIGHT_QUERY = JSON.stringify({ query: `{ body(bodyId: "${BODY}") { bodyId establishedOn names { name } } }` });
/** Two hundred aliases of the largest page of meetings: what an attacker would send to stall the server. */
const HEAVY_QUERY = JSON.stringify({
  query: `{ ${Array.from({ length: 200 }, (_, index) => `m${index}: meetings(bodyId: "${BODY}", first: 100) { edges { node { meetingId items { number title minute { paragraphs } } } } }`).join(' ')} }`,
});
const LIGHT_RATE = 100;
/** The light query's p99 under the heavy flood may be at most this many times its p99 under an ordinary flood. */
const TARGET_P99_RATIO = 2;

/**
 * B8: a light query's latency while clients fire operations far over the cost limit, beside its latency
 * while the same clients send an ordinary flood of light queries. The heavy ones must all be refused
 * before they run, so that they weigh on the server no more than ordinary traffic does.
 */
export async function benchHeavyQueries(context: BenchContext): Promise<void> {
  const { settings, report } = context;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-heavy-'));
  const api = await startApi({ DATA_DIR: dataDir });
  try {
    const established = await api.graphql(
      'mutation { establishBody(input: { bodyId: "bench-heavy", name: "Heavy Query Board", shortName: "HQB" }) { commandId } }',
    );
    if (established.errors) throw new Error(JSON.stringify(established.errors));
    const token = await tokenFor('public');
    const light = () => pacedLoad(`${api.url}/graphql`, LIGHT_QUERY, LIGHT_RATE, settings.loopMs);
    const flood = (body: string) =>
      autocannon({
        url: `${api.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body,
        connections: 8,
        duration: settings.loopMs / 1000,
      });
    const runs = await repeat(settings.runs, async () => {
      const alone = await light();
      // The peer: the same clients flooding with the light query itself, which the server answers.
      const ordinary = flood(LIGHT_QUERY);
      const underOrdinary = await light();
      await ordinary;
      const attack = flood(HEAVY_QUERY);
      const underAttack = await light();
      const heavy = await attack;
      if (heavy['2xx'] > 0 || heavy.errors > 0)
        throw new Error(`heavy queries: ${heavy['2xx']} answered, ${heavy.errors} failed; all should be refused`);
      return {
        aloneP99: percentile(alone.latencies, 99),
        ordinaryP99: percentile(underOrdinary.latencies, 99),
        attackedP50: percentile(underAttack.latencies, 50),
        attackedP99: percentile(underAttack.latencies, 99),
        heavyRps: heavy.requests.average,
      };
    });
    const aloneP99 = median(runs.map((run) => run.aloneP99));
    const ordinaryP99 = median(runs.map((run) => run.ordinaryP99));
    const attackedP99 = median(runs.map((run) => run.attackedP99));
    report.add({
      bench: 'B8',
      what: `a light query at ${LIGHT_RATE}/s while 8 clients flood the API with operations 200× over the cost limit (each refused, 400)`,
      figure: `p99 ${fmt(attackedP99, 1)} ms (p50 ${fmt(median(runs.map((run) => run.attackedP50)), 1)}); ${fmt(median(runs.map((run) => run.heavyRps)))} refusals/s`,
      beside: `the same 8 clients flooding with the light query: p99 ${fmt(ordinaryP99, 1)} ms (alone: ${fmt(aloneP99, 1)} ms)`,
      ratio: ratio(attackedP99, ordinaryP99),
      target: `≤ ${TARGET_P99_RATIO}× the ordinary flood`,
      verdict: verdict(attackedP99 <= TARGET_P99_RATIO * ordinaryP99),
    });
    report.note(
      'B7: a refused heavy operation costs about what an ordinary light query does, so heavy operations stall the server no more than ordinary traffic at the same rate; a flood of any requests still slows every answer (one Node.js event loop), which rate limiting in front of the API bounds.',
    );
  } finally {
    await api.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
