import 'reflect-metadata';
import { loadLedgerConfig, redactConnectionString, type StoreSettings } from '@ledger/config';
import { openStorage } from '@ledger/event-store';
import { createApi } from './create-api';
import { HttpDrain, shutDownGracefullyOnSignals } from './graceful-shutdown';
import { createLogger } from './platform/logging/create-logger';
import { SampleMinutesService } from './sample-data/sample-minutes.service';

async function main(): Promise<void> {
  const config = loadLedgerConfig(process.env);
  const storage = await openStorage(config.store, config.database).catch((error: unknown) => {
    throw new Error(`cannot open the event store, ${describeStore(config.store)}: ${rootCause(error)}`);
  });
  const logger = createLogger(config.log);
  const bootstrap = { log: (message: string) => logger.log(message, 'Bootstrap') };
  const app = await createApi(config, storage);
  shutDownGracefullyOnSignals(app, new HttpDrain(app.getHttpServer()), logger);
  const samples = app.get(SampleMinutesService);
  await samples.prepare();
  await app.listen(config.http.port, config.http.host);
  bootstrap.log(`Governance ledger listening on ${await app.getUrl()}/graphql, recording to ${describeStore(config.store)}`);
  // After listening, so that a newcomer can query while the samples are recorded; /health/ready waits for them.
  samples.start();
}

function describeStore(store: StoreSettings): string {
  switch (store.kind) {
    case 'pglite':
      return `embedded PGlite in ${store.dataDir}`;
    case 'postgres':
      return `PostgreSQL at ${redactConnectionString(store.connectionString)}`;
    case 'eventstoredb':
      return `EventStoreDB at ${redactConnectionString(store.connectionString)}`;
  }
}

function rootCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof AggregateError && cause.errors.length > 0) return rootCause(cause.errors[0]);
  return cause instanceof Error ? cause.message || cause.name : String(cause);
}

main().catch((error: unknown) => {
  process.stderr.write(`governance-ledger: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
