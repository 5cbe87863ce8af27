import type { EventStore, SqlClient } from '@ledger/event-store';
import { readCheckpoint } from './project-batch';
import { READ_MODEL_TABLES } from './read-model-schema';
import { catchUp, rebuildReadModels, type RebuildProgress } from './rebuild';

export interface TableDifference {
  readonly table: string;
  /** Keys of rows in the live read models that a rebuild does not produce (or produces differently). */
  readonly onlyLive: readonly Record<string, unknown>[];
  /** Keys of rows a rebuild produces that the live read models lack (or hold differently). */
  readonly onlyRebuilt: readonly Record<string, unknown>[];
}

export interface VerificationReport {
  readonly position?: bigint;
  readonly events: number;
  readonly differences: readonly TableDifference[];
}

const SHOWN_PER_TABLE = 20;

/**
 * Rebuilds the read models into a scratch schema up to the live checkpoint and compares them with
 * the live ones row by row. Projections are deterministic, so any difference is a defect.
 */
export async function verifyReadModels(options: {
  store: EventStore;
  database: SqlClient;
  schema: string;
  onProgress?: (progress: RebuildProgress) => void;
}): Promise<VerificationReport> {
  const { store, database, schema } = options;
  const scratch = `${schema}_verify`;
  let live = (await readCheckpoint(database, schema))?.position;
  let { events } = await rebuildReadModels({ store, database, schema: scratch, upTo: live ?? 0n, onProgress: options.onProgress });
  try {
    // The live models may move on while the scratch copy is built; compare at one agreed position.
    for (;;) {
      const report = await database.transaction(async (tx): Promise<{ moved: bigint | undefined } | { differences: TableDifference[] }> => {
        await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const now = (await readCheckpoint(tx, schema))?.position;
        if (now !== live) return { moved: now };
        const differences: TableDifference[] = [];
        for (const { name, key } of READ_MODEL_TABLES) {
          const keys = key.join(', ');
          const except = (a: string, b: string) =>
            tx.query<Record<string, unknown>>(
              `SELECT ${keys} FROM (SELECT * FROM ${a}.${name} EXCEPT SELECT * FROM ${b}.${name}) AS d ORDER BY ${keys} LIMIT ${SHOWN_PER_TABLE}`,
            );
          const onlyLive = await except(schema, scratch);
          const onlyRebuilt = await except(scratch, schema);
          if (onlyLive.length > 0 || onlyRebuilt.length > 0) differences.push({ table: name, onlyLive, onlyRebuilt });
        }
        return { differences };
      });
      if ('differences' in report) return { position: live, events, differences: report.differences };
      live = report.moved;
      events += (await catchUp({ store, database, schema: scratch, upTo: live ?? 0n })).events;
    }
  } finally {
    await database.exec(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
  }
}
