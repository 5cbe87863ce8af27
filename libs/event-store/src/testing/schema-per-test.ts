import type { Storage } from '../open-storage';
import { PGliteSqlClient } from '../sql/pglite-sql-client';
import { SqlEventStore } from '../sql/sql-event-store';

/**
 * One in-memory PGlite for a spec file, and a fresh schema for each test that asks: starting PGlite
 * costs seconds, a schema milliseconds, so specs that need an empty ledger per test share the one.
 * Each Storage's `schema` names its tables, for specs that reach into them (`${schema}.events`).
 */
export function schemaPerTest(): { open(): Promise<Storage>; close(): Promise<void> } {
  let database: Promise<PGliteSqlClient> | undefined;
  let count = 0;
  return {
    async open() {
      database ??= PGliteSqlClient.open();
      const sql = await database;
      const schema = `ledger_${++count}`;
      const eventStore = await SqlEventStore.open(sql, { kind: 'pglite', schema, closesClient: false });
      return { eventStore, database: sql, schema, close: () => eventStore.close() };
    },
    async close() {
      if (database) await (await database).close();
    },
  };
}
