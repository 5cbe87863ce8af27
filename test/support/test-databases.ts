import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage, type Storage } from '@ledger/event-store';

/** The backends an end-to-end test runs the API on: always the embedded store, PostgreSQL when configured. */
export interface ApiBackend {
  readonly name: string;
  env(dataDir: string): Record<string, string>;
  cleanUp(): Promise<void>;
}

export function apiBackends(): ApiBackend[] {
  const backends: ApiBackend[] = [{ name: 'PGlite', env: (dataDir) => ({ DATA_DIR: dataDir }), cleanUp: async () => undefined }];
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
  if (url) {
    const schema = `e2e_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    backends.push({
      name: 'PostgreSQL',
      env: (dataDir) => ({ STORE: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema, DATA_DIR: dataDir }),
      async cleanUp() {
        const client = new Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS ${schema}_read CASCADE`);
        await client.end();
      },
    });
  } else {
    process.stdout.write('\n  SKIPPED: end-to-end tests on PostgreSQL: TEST_DATABASE_URL is not set\n\n');
  }
  return backends;
}

/** Opens the storage an API started with `env` uses, as the CLI would. */
export function openStorageOf(env: Record<string, string>): Promise<Storage> {
  const config = loadLedgerConfig(env);
  return openStorage(config.store, config.database);
}
