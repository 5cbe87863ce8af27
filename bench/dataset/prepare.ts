import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgSqlClient, PGliteSqlClient, sqlCheckpoints } from '@ledger/event-store';
import type { BenchContext } from '../context';
import { estimateBodies, generateDataset } from './generate';
import { BulkLoader } from './load';

export const LEDGER_SCHEMA = 'bench_ledger';
export const PGLITE_SCHEMA = 'ledger';

export interface PreparedDataset {
  readonly events: number;
  readonly head: bigint;
  readonly bodies: number;
  /** The event log on the PostgreSQL server (read models go to `<schema>_read`). */
  readonly pgSchema: string;
  /** A DATA_DIR whose `pglite` folder holds the same log, schema `ledger`. */
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** Generates the seeded ledger once and bulk-loads it into PostgreSQL and into a PGlite folder. */
export async function prepareDataset(context: BenchContext): Promise<PreparedDataset> {
  const { settings, facts } = context;
  const pg = new PgSqlClient({ connectionString: settings.databaseUrl, max: 2 });
  await pg.exec(`DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA}_read CASCADE`);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-ledger-'));
  const lite = await PGliteSqlClient.open(join(dataDir, 'pglite'));
  const started = Date.now();
  const toPg = await BulkLoader.open(pg, 'postgres', LEDGER_SCHEMA);
  const toLite = await BulkLoader.open(lite, 'pglite', PGLITE_SCHEMA);
  let lastReport = Date.now();
  for (const chunk of generateDataset({ seed: settings.seed, targetEvents: settings.datasetEvents })) {
    await Promise.all([toPg.add(chunk), toLite.add(chunk)]);
    if (Date.now() - lastReport > 15_000) {
      process.stdout.write(`  loaded ${toPg.events.toLocaleString('en-GB')} events…\n`);
      lastReport = Date.now();
    }
  }
  const [loaded] = await Promise.all([toPg.finish(), toLite.finish()]);
  // The generator already wrote every effect the process manager would: its checkpoint is the head.
  for (const [client, schema] of [[pg, LEDGER_SCHEMA], [lite, PGLITE_SCHEMA]] as const) {
    await sqlCheckpoints.migrate(client, schema);
    await sqlCheckpoints.save(client, schema, 'effects', loaded.head);
  }
  await lite.close();
  await pg.close();
  const bodies = estimateBodies(settings.datasetEvents);
  const seconds = (Date.now() - started) / 1000;
  facts.set('Dataset', `${loaded.events.toLocaleString('en-GB')} events, ${bodies} boards × 20 years of quarterly meetings, seed ${settings.seed}; generated and bulk-loaded into PostgreSQL and PGlite in ${seconds.toFixed(0)} s`);
  process.stdout.write(`  ${facts.get('Dataset')}\n`);
  return {
    events: loaded.events,
    head: loaded.head,
    bodies,
    pgSchema: LEDGER_SCHEMA,
    dataDir,
    async dispose() {
      const cleanup = new PgSqlClient({ connectionString: settings.databaseUrl, max: 1 });
      await cleanup.exec(`DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA}_read CASCADE`);
      await cleanup.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
