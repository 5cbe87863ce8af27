import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PgSqlClient } from './sql/pg-sql-client';
import { PGliteSqlClient } from './sql/pglite-sql-client';
import { SqlEventStore } from './sql/sql-event-store';

export type EventStoreConfig =
  | {
      readonly kind: 'pglite';
      /** A folder for the database files; in memory when omitted. */
      readonly dataDir?: string;
      readonly schema?: string;
    }
  | {
      readonly kind: 'postgres';
      readonly connectionString: string;
      readonly schema?: string;
      readonly poolSize?: number;
    }
  | {
      readonly kind: 'eventstoredb';
      readonly connectionString: string;
    };

/** Opens the configured store, ready to use; throws StoreUnavailableError when it cannot. */
export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'pglite':
      return SqlEventStore.open(await PGliteSqlClient.open(config.dataDir), {
        kind: 'pglite',
        schema: config.schema,
      });
    case 'postgres':
      return SqlEventStore.open(
        new PgSqlClient({
          connectionString: config.connectionString,
          max: config.poolSize ?? 10,
          connectionTimeoutMillis: 5000,
        }),
        { kind: 'postgres', schema: config.schema },
      );
    case 'eventstoredb':
      return EventStoreDbEventStore.connect(config.connectionString);
  }
}
