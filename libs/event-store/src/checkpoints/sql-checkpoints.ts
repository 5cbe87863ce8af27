import { applyMigrations, type Migration } from '../sql/migrations';
import type { SqlClient, SqlExecutor } from '../sql/sql-client';

const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'subscription checkpoints',
    sql: (s) => `
      CREATE TABLE ${s}.subscription_checkpoints (
        subscriber text PRIMARY KEY,
        position   bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
];

/**
 * Where each subscriber of the global log has got to, kept in the SQL database so that a restart
 * resumes there. A projection saves it in the transaction that writes its read models.
 */
export const sqlCheckpoints = {
  migrate: (client: SqlClient, schema: string) => applyMigrations(client, schema, 'checkpoints', migrations),

  async load(sql: SqlExecutor, schema: string, subscriber: string): Promise<bigint | undefined> {
    const [row] = await sql.query<{ position: string }>(
      `SELECT position::text AS position FROM ${schema}.subscription_checkpoints WHERE subscriber = $1`,
      [subscriber],
    );
    return row ? BigInt(row.position) : undefined;
  },

  async save(sql: SqlExecutor, schema: string, subscriber: string, position: bigint): Promise<void> {
    await sql.query(
      `INSERT INTO ${schema}.subscription_checkpoints (subscriber, position) VALUES ($1, $2)
       ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position, updated_at = now()`,
      [subscriber, position.toString()],
    );
  },
};
