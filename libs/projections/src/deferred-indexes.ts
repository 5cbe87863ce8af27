import { assertSchemaName, type SqlClient } from '@ledger/event-store';

/**
 * A rebuild fills empty tables; building their secondary indexes (the register's text index above
 * all) once at the end costs a fraction of keeping them up row by row. The definitions are kept in
 * the schema itself, so that whatever opens the read models next restores them even if the rebuild
 * never finished.
 */
export async function deferIndexes(database: SqlClient, schema: string): Promise<void> {
  assertSchemaName(schema);
  await database.transaction(async (tx) => {
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${schema}.deferred_indexes (name text PRIMARY KEY, definition text NOT NULL)`);
    // Indexes behind constraints (primary keys) stay: the projection's upserts need them.
    const indexes = await tx.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
       WHERE schemaname = $1
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = $1::regnamespace)`,
      [schema],
    );
    for (const { name, definition } of indexes) {
      await tx.query(`INSERT INTO ${schema}.deferred_indexes (name, definition) VALUES ($1, $2)`, [name, definition]);
      await tx.exec(`DROP INDEX ${schema}."${name}"`);
    }
  });
}

/** Builds the indexes a rebuild deferred, if any; returns their names. */
export async function restoreDeferredIndexes(database: SqlClient, schema: string): Promise<string[]> {
  assertSchemaName(schema);
  return database.transaction(async (tx) => {
    const [table] = await tx.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [`${schema}.deferred_indexes`]);
    if (!table?.found) return [];
    const indexes = await tx.query<{ name: string; definition: string }>(
      `SELECT name, definition FROM ${schema}.deferred_indexes ORDER BY name`,
    );
    for (const { definition } of indexes) await tx.exec(definition);
    await tx.exec(`DROP TABLE ${schema}.deferred_indexes`);
    return indexes.map((index) => index.name);
  });
}
