import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { benchAppend } from './b1-append';
import { benchCatchUpRead } from './b2-read';
import { benchRebuild } from './b3-rebuild';
import { benchLiveLag } from './b4-live-lag';
import { benchGraphqlReads } from './b5-graphql';
import { benchMutations } from './b6-mutations';
import { benchMixedLoad } from './b7-mixed-load';
import { benchHeavyQueries } from './b8-heavy-queries';
import type { BenchContext, BenchSettings } from './context';
import { prepareDataset } from './dataset/prepare';
import { renderBenchmarksMd, renderScaleMd } from './render';
import { benchScale } from './scale';
import { Report } from './support/report';

const ALL = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'] as const;

function parseArgs(argv: readonly string[]): { settings: BenchSettings; only: Set<string>; write: boolean; scale: boolean } {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (flag('help')) {
    process.stdout.write(`npm run bench [-- --quick] [--only=B1,B3] [--events=N] [--runs=N] [--seed=N] [--no-write]
npm run bench -- --scale [--events=N] [--scale-events=N] [--runs=N] [--no-write]
  --shards=N  shards of the PostgreSQL rebuild (B3, scale; default: the machine's cores, at least 2)
  --quick     ~50k-event ledger, 3 runs of 2 s loops: a few minutes
  (default)   1M-event ledger, 5 runs of 5 s loops
  --scale     rebuild and B5 on PostgreSQL at 1M and at 10M events, 3 runs of 5 s loops: BENCHMARKS-SCALE.md
  DATABASE_URL (default postgres://root@127.0.0.1:5432/test): schemas bench_* are created and dropped\n`);
    process.exit(0);
  }
  const quick = flag('quick');
  const scale = flag('scale');
  const settings: BenchSettings = {
    quick,
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test',
    seed: Number(value('seed') ?? 1),
    datasetEvents: Number(value('events') ?? (quick ? 50_000 : 1_000_000)),
    scaleEvents: Number(value('scale-events') ?? 10_000_000),
    runs: Number(value('runs') ?? (quick || scale ? 3 : 5)),
    loopMs: quick ? 2000 : 5000,
    singleAppends: quick ? 300 : 1000,
    naiveEvents: quick ? 2000 : 5000,
    rebuildShards: Number(value('shards') ?? Math.max(2, cpus().length)),
  };
  const only = new Set((value('only') ?? ALL.join(',')).split(',').map((b) => b.trim().toUpperCase()));
  return { settings, only, write: !flag('no-write'), scale };
}

async function versions(databaseUrl: string): Promise<Map<string, string>> {
  const facts = new Map<string, string>();
  const cpu = cpus();
  facts.set(
    'Machine',
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}`,
  );
  facts.set('Node.js', process.version);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const [{ server_version: version }] = (await client.query<{ server_version: string }>('SHOW server_version')).rows;
  const settings = (
    await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'max_connections') ORDER BY name`,
    )
  ).rows;
  await client.end();
  facts.set('PostgreSQL', `${version} (same machine, over TCP to 127.0.0.1; ${settings.map((s) => `${s.name}=${s.setting}`).join(', ')})`);
  const pkg = (name: string) => {
    try {
      return execFileSync('npm', ['ls', name, '--depth=0', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      return (error as { stdout?: string }).stdout ?? '{}';
    }
  };
  for (const name of ['@electric-sql/pglite', 'pg', '@event-driven-io/emmett-postgresql', 'graphql', '@apollo/server', 'autocannon']) {
    const tree = JSON.parse(pkg(name)) as { dependencies?: Record<string, { version: string }> };
    facts.set(name, tree.dependencies?.[name]?.version ?? 'not installed');
  }
  return facts;
}

async function main(): Promise<void> {
  const { settings, only, write, scale } = parseArgs(process.argv.slice(2));
  const report = new Report();
  const facts = await versions(settings.databaseUrl);
  const context: BenchContext = { settings, report, facts };
  const started = Date.now();
  const sizes = scale
    ? `${settings.datasetEvents.toLocaleString('en-GB')}- and ${settings.scaleEvents.toLocaleString('en-GB')}-event ledgers`
    : `${settings.datasetEvents.toLocaleString('en-GB')}-event ledger`;
  process.stdout.write(
    `Benchmarks (${scale ? 'scale' : settings.quick ? 'quick' : 'full'}): ${settings.runs} runs each, medians; ${sizes}, seed ${settings.seed}\n`,
  );
  for (const [key, fact] of facts) process.stdout.write(`  ${key}: ${fact}\n`);
  if (scale) {
    await benchScale(context);
    finish(context, write, 'BENCHMARKS-SCALE.md', renderScaleMd, started);
    return;
  }

  if (only.has('B1')) await section('B1 append', () => benchAppend(context));
  const needsDataset = ['B2', 'B3', 'B5'].some((b) => only.has(b));
  const dataset = needsDataset
    ? await section('dataset', () => prepareDataset(context, { events: settings.datasetEvents, pglite: true }))
    : undefined;
  if (dataset) facts.set('Dataset', dataset.description);
  try {
    if (dataset && only.has('B2')) await section('B2 catch-up read', () => benchCatchUpRead(context, dataset));
    if (dataset && only.has('B3')) await section('B3 projection rebuild', () => benchRebuild(context, dataset));
    if (only.has('B4')) await section('B4 live lag', () => benchLiveLag(context));
    if (dataset && only.has('B5')) await section('B5 GraphQL reads', () => benchGraphqlReads(context, dataset));
    if (only.has('B6')) await section('B6 mutations over HTTP', () => benchMutations(context));
    if (only.has('B7')) await section('B7 mixed load', () => benchMixedLoad(context));
    if (only.has('B8')) await section('B8 heavy queries', () => benchHeavyQueries(context));
  } finally {
    await dataset?.dispose();
  }
  finish(context, write, 'BENCHMARKS.md', renderBenchmarksMd, started);
}

/** Prints the table and notes, and writes them with the run's facts to `file` unless told not to. */
function finish(
  context: BenchContext,
  write: boolean,
  file: string,
  render: (context: BenchContext, args: readonly string[]) => string,
  started: number,
): void {
  const minutes = (Date.now() - started) / 60_000;
  context.facts.set('Wall time of this run', `${minutes.toFixed(1)} min`);
  process.stdout.write(`\n${context.report.table()}\n`);
  for (const note of context.report.notes) process.stdout.write(`- ${note}\n`);
  if (write) {
    writeFileSync(join(__dirname, '..', file), render(context, process.argv.slice(2)));
    process.stdout.write(`\nwritten to ${file} (${minutes.toFixed(1)} min)\n`);
  }
}

async function section<T>(name: string, work: () => Promise<T>): Promise<T> {
  process.stdout.write(`\n[${name}]\n`);
  const started = Date.now();
  const result = await work();
  process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  return result;
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
