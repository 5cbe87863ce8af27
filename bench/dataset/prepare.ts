import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient, PGliteSqlClient, type SqlClient, sqlCheckpoints } from '@ledger/event-store';
import type { BenchContext } from '../context';
import { progressBar } from '../support/progress';
import { estimateBodies, generateDataset } from './generate';
import { BulkLoader } from './load';

export const LEDGER_SCHEMA = 'bench_ledger';
export const PGLITE_SCHEMA = 'ledger';

export interface PreparedDataset {
  readonly events: number;
  readonly head: bigint;
  readonly bodies: number;
  /** One line for BENCHMARKS.md: size, boards, seed, load time. */
  readonly description: string;
  /** The event log on the PostgreSQL server (read models go to `<schema>_read`). */
  readonly pgSchema: string;
  /** A DATA_DIR whose `pglite` folder holds the same log, schema `ledger` (not for the scale run). */
  readonly dataDir?: string;
  dispose(): Promise<void>;
}

export interface DatasetPlan {
  readonly events: number;
  /** Also into a PGlite folder (B2, B3 and B5 of the suite read both). */
  readonly pglite: boolean;
}

/** Generates the seeded ledger once and bulk-loads it into PostgreSQL, and into a PGlite folder if asked. */
export async function prepareDataset(context: BenchContext, plan: DatasetPlan): Promise<PreparedDataset> {
  const { settings } = context;
  const pg = new PgSqlClient({ connectionString: settings.databaseUrl, max: 2 });
  await pg.exec(`DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA}_read CASCADE`);
  const dataDir = plan.pglite ? await mkdtemp(join(tmpdir(), 'bench-ledger-')) : undefined;
  const lite = dataDir ? await PGliteSqlClient.open(join(dataDir, 'pglite')) : undefined;
  const started = Date.now();
  const targets: [SqlClient, string, BulkLoader][] = [[pg, LEDGER_SCHEMA, await BulkLoader.open(pg, 'postgres', LEDGER_SCHEMA)]];
  if (lite) targets.push([lite, PGLITE_SCHEMA, await BulkLoader.open(lite, 'pglite', PGLITE_SCHEMA)]);
  const progress = progressBar('loading', plan.events);
  for (const chunk of generateDataset({ seed: settings.seed, targetEvents: plan.events })) {
    await Promise.all(targets.map(([, , loader]) => loader.add(chunk)));
    progress.update(targets[0][2].events);
  }
  const [loaded] = await Promise.all(targets.map(([, , loader]) => loader.finish()));
  progress.update(loaded.events);
  progress.stop();
  // The generator already wrote every effect the process manager would: its checkpoint is the head.
  for (const [client, schema] of targets) {
    await sqlCheckpoints.migrate(client, schema);
    await sqlCheckpoints.save(client, schema, 'effects', loaded.head);
  }
  await lite?.close();
  await pg.close();
  const bodies = estimateBodies(plan.events);
  const seconds = (Date.now() - started) / 1000;
  const description = `${loaded.events.toLocaleString('en-GB')} events, ${bodies.toLocaleString('en-GB')} boards × 20 years of quarterly meetings, seed ${settings.seed}; generated and bulk-loaded into ${lite ? 'PostgreSQL and PGlite' : 'PostgreSQL'} in ${seconds.toFixed(0)} s`;
  process.stdout.write(`  ${description}\n`);
  return {
    events: loaded.events,
    head: loaded.head,
    bodies,
    description,
    pgSchema: LEDGER_SCHEMA,
    dataDir,
    async dispose() {
      const cleanup = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
      await cleanup.exec(`DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA}_read CASCADE`);
      await cleanup.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The PGlite copy of the log; the suite's datasets have one, the scale run's do not. */
export function pgliteFolderOf(dataset: PreparedDataset): string {
  if (!dataset.dataDir) throw new Error('this dataset was loaded into PostgreSQL only');
  return join(dataset.dataDir, 'pglite');
}
