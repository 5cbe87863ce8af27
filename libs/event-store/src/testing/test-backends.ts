import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { EventToAppend } from '../event-store.port';
import { openEventStore } from '../open-event-store';
import type { ContractBackend } from './event-store.contract';

/** Reports, once and plainly, that a backend's tests did not run and why. */
export function announceSkip(backend: string, reason: string): void {
  process.stdout.write(`\n  SKIPPED: ${backend} event store tests: ${reason}\n\n`);
}

/**
 * The PostgreSQL server named by TEST_DATABASE_URL, each test file in a schema of its own.
 * When REQUIRE_POSTGRES is set (as in CI), a missing URL fails instead of skipping.
 */
export function postgresTestBackend():
  (ContractBackend & { connectionString: string; schema: string; dropSchema(): Promise<void> }) | undefined {
  const connectionString = process.env.TEST_DATABASE_URL;
  if (!connectionString) {
    if (process.env.REQUIRE_POSTGRES) {
      throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: the PostgreSQL tests must run here');
    }
    return undefined;
  }
  const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  return {
    name: 'PostgreSQL',
    connectionString,
    schema,
    open: () => openEventStore({ kind: 'postgres', connectionString, schema }),
    async beginSlowAppend(_store, streamId: string, events: readonly EventToAppend[]) {
      const client = new Client({ connectionString });
      await client.connect();
      await client.query('BEGIN');
      await client.query(`SELECT * FROM ${schema}.append_events($1, -1, $2, $3, $4, $5)`, [
        streamId,
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata ?? {})),
      ]);
      return {
        async commit() {
          await client.query('COMMIT');
          await client.end();
        },
      };
    },
    async dropSchema() {
      const client = new Client({ connectionString });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
