import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LedgerConfig } from '@ledger/config';
import type { Storage } from '@ledger/event-store';
import { AppModule } from './app.module';
import { createLogger } from './logging/create-logger';

/** The API as a Nest application on opened storage, not yet listening. */
export async function createApi(config: LedgerConfig, storage: Storage): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, storage), {
    logger: createLogger(config.log),
    abortOnError: false,
    // By the time the application closes, requests in flight have been answered (see HttpDrain);
    // what is left (WebSocket subscriptions, sockets a client keeps open) must not hold it open.
    forceCloseConnections: true,
  });
  // A request body larger than this is refused with 413 before it is parsed.
  app.useBodyParser('json', { limit: config.graphql.maxBodySize });
  // No enableShutdownHooks(): Nest would stop the projector and the store before the HTTP server,
  // while requests were still coming in, and end the process by re-raising the signal (not exit 0).
  // main.ts shuts down in the right order instead (shutDownGracefullyOnSignals).
  return app;
}
