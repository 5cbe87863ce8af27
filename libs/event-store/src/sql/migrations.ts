import type { SqlClient } from './sql-client';

/** One step of a component's schema, applied once, in version order. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: string) => string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and underscores`);
  }
  return schema;
}

/**
 * Applies a component's migrations not yet applied, in one transaction under an advisory lock, so
 * that several processes starting together agree. Components (the event log, the read models, the
 * process manager) share one schema and one record of what was applied.
 */
export async function applyMigrations(
  client: SqlClient,
  schema: string,
  component: string,
  migrations: readonly Migration[],
): Promise<void> {
  assertSchemaName(schema);
  await client.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${schema}.migrations`]);
    await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
        component text NOT NULL,
        version integer NOT NULL,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (component, version)
      );`);
    const rows = await tx.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations WHERE component = $1`, [component]);
    const applied = new Set(rows.map((row) => Number(row.version)));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql(schema));
      await tx.query(`INSERT INTO ${schema}.schema_migrations (component, version, name) VALUES ($1, $2, $3)`, [
        component,
        migration.version,
        migration.name,
      ]);
    }
  });
}
