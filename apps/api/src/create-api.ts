import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { LedgerConfig } from '@ledger/config';
import type { Storage } from '@ledger/event-store';
import { AppModule } from './app.module';
import { useHttpConventions } from './platform/http/use-http-conventions';
import { createLogger } from './platform/logging/create-logger';

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
  app.disable('x-powered-by');
  // A body that cannot be read (malformed JSON, too large) is answered in GraphQL's shape, never with
  // Express's HTML page, which carries a stack trace and file paths outside production.
  app.use(answerUnreadableBodies);
  // CORS, refusal of forgeable POSTs, entity tags and 304s: before every route, by path.
  useHttpConventions(app, config);
  // No enableShutdownHooks(): Nest would stop the projector and the store before the HTTP server,
  // while requests were still coming in, and end the process by re-raising the signal (not exit 0).
  // main.ts shuts down in the right order instead (shutDownGracefullyOnSignals).
  return app;
}

interface BodyError {
  readonly status?: number;
  readonly type?: string;
}

function answerUnreadableBodies(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) return next(error);
  const status = (error as BodyError)?.status;
  const tooLarge = (error as BodyError)?.type === 'entity.too.large';
  const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  const message = tooLarge ? 'The request body is larger than the server accepts' : 'The request body is not valid JSON';
  response
    .status(typeof status === 'number' && status >= 400 && status < 500 ? status : 400)
    .json({ errors: [{ message, extensions: { code } }] });
}
