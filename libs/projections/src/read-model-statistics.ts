import { assertSchemaName, type SqlClient, type SqlExecutor } from '@ledger/event-store';
import { READ_MODEL_TABLES } from './read-model-schema';

/**
 * Gathers the planner's statistics for every read-model table and folds the text index's pending
 * entries into it (each statement on its own: VACUUM cannot run inside a transaction).
 */
export async function vacuumReadModels(database: SqlClient, schema: string): Promise<void> {
  assertSchemaName(schema);
  for (const { name } of READ_MODEL_TABLES) await database.exec(`VACUUM (ANALYZE) ${schema}.${name}`);
}

/** Gathers the planner's statistics for every read-model table (allowed inside a transaction). */
export async function analyzeReadModels(database: SqlExecutor, schema: string): Promise<void> {
  assertSchemaName(schema);
  await database.exec(READ_MODEL_TABLES.map(({ name }) => `ANALYZE ${schema}.${name}`).join('; '));
}

/**
 * When to refresh the planner's statistics as the read models grow: once the first 10,000 events are
 * in, then whenever a tenth more have been applied since the last time (as autovacuum would; PGlite
 * has no autovacuum, and without statistics the planner may scan the register whole).
 */
export class StatisticsSchedule {
  private analyzedAt = 0;

  due(eventsApplied: number): boolean {
    if (eventsApplied - this.analyzedAt < Math.max(10_000, this.analyzedAt / 10)) return false;
    this.analyzedAt = eventsApplied;
    return true;
  }
}
