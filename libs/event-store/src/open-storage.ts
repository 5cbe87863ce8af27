import { StoreUnavailableError } from './errors';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PgSqlClient } from './sql/pg-sql-client';
import { PGliteSqlClient } from './sql/pglite-sql-client';
import type { SqlClient } from './sql/sql-client';
import { SqlEventStore } from './sql/sql-event-store';

export type EventLogSettings =
  | { readonly kind: 'pglite'; readonly dataDir: string; readonly schema: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export type DatabaseSettings =
  | { readonly kind: 'pglite'; readonly dataDir?: string; readonly schema: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

/** Injection tokens of the SQL database beside the event log, and of the whole Storage. */
export const LEDGER_DATABASE = Symbol('LEDGER_DATABASE');
export const STORAGE = Symbol('STORAGE');

/** The event log, and the SQL database that holds read models and checkpoints beside it. */
export interface Storage {
  readonly eventStore: EventStore;
  readonly database: SqlClient;
  /** The schema of the read models and checkpoints in `database`. */
  readonly schema: string;
  close(): Promise<void>;
}

/**
 * Opens both. With PGlite or PostgreSQL as the event log they share one connection (PGlite allows
 * only one per folder), so an event batch and a checkpoint can commit in one transaction.
 */
export async function openStorage(eventLog: EventLogSettings, databaseSettings: DatabaseSettings): Promise<Storage> {
  const database = await openDatabase(databaseSettings);
  try {
    const eventStore =
      eventLog.kind === 'eventstoredb'
        ? await EventStoreDbEventStore.connect(eventLog.connectionString)
        : await SqlEventStore.open(database, { kind: eventLog.kind, schema: eventLog.schema, closesClient: false });
    return {
      eventStore,
      database,
      schema: databaseSettings.schema,
      async close() {
        await eventStore.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function openDatabase(settings: DatabaseSettings): Promise<SqlClient> {
  if (settings.kind === 'pglite') return PGliteSqlClient.open(settings.dataDir);
  const client = new PgSqlClient({ connectionString: settings.connectionString, max: 10, connectionTimeoutMillis: 5000 });
  try {
    await client.query('SELECT 1');
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new StoreUnavailableError(`Cannot reach the PostgreSQL database`, { cause: error });
  }
  return client;
}
