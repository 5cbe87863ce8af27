import 'reflect-metadata';
import { loadLedgerConfig, redactConnectionString, type StoreSettings } from '@ledger/config';
import { openStorage } from '@ledger/event-store';
import { createApi } from './create-api';
import { HttpDrain, shutDownGracefullyOnSignals } from './graceful-shutdown';
import { createLogger } from './logging/create-logger';
import { importSampleMinutes, SAMPLE_BODY, sampleMinutesFolder } from './sample-data/import-sample-minutes';

async function main(): Promise<void> {
  const config = loadLedgerConfig(process.env);
  const storage = await openStorage(config.store, config.database).catch((error: unknown) => {
    throw new Error(`cannot open the event store, ${describeStore(config.store)}: ${rootCause(error)}`);
  });
  const logger = createLogger(config.log);
  const bootstrap = { log: (message: string) => logger.log(message, 'Bootstrap') };
  if (config.sampleData && config.store.kind === 'pglite' && (await storage.eventStore.headPosition()) === undefined) {
    const folder = sampleMinutesFolder();
    if (folder) {
      const summary = await importSampleMinutes(storage.eventStore, folder, config.localPrincipal);
      bootstrap.log(
        `The store was empty: recorded the sample minutes of ${SAMPLE_BODY.bodyId} (${summary.recorded} commands, ${summary.refused.length} refused); SAMPLE_DATA=off skips this`,
      );
    }
  }
  const app = await createApi(config, storage);
  shutDownGracefullyOnSignals(app, new HttpDrain(app.getHttpServer()), logger);
  await app.listen(config.http.port, config.http.host);
  bootstrap.log(
    `Governance ledger listening on ${await app.getUrl()}/graphql, recording to ${describeStore(config.store)}`,
  );
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
