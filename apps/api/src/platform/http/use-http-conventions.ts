import type { INestApplication } from '@nestjs/common';
import { TokenVerifier } from '@ledger/auth';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore, LogConsumer } from '@ledger/event-store';
import { ProjectionService } from '../../read-models/projection.service';
import { today } from '../../shared/query-context';
import { callerOf } from '../auth/caller-of';
import { packageVersion } from '../server-info/package-version';
import type { LedgerMoment } from './answer-tag';
import { type ConditionalGetSources, conditionalGet } from './conditional-get';
import { graphqlCors, openDataCors } from './cors';
import { refuseCrossSiteForgeries } from './cross-site-posts';

/** Where the open data lives (OParl, feeds): public, read-only, for any page to read. */
export const OPEN_DATA_PATHS = ['/oparl', '/feeds'] as const;

/**
 * What browsers and caches get from the API: CORS (the configured origins on /graphql, any origin on
 * the open data), refusal of POSTs another site's page could forge, and entity tags, 304s and
 * Cache-Control on GET answers. Applied by path before any route, so every route under these paths,
 * whichever module serves it, is treated alike.
 */
export function useHttpConventions(app: INestApplication, config: LedgerConfig): void {
  app.use('/graphql', graphqlCors(config.cors.allowedOrigins));
  app.use('/graphql', refuseCrossSiteForgeries);
  for (const path of OPEN_DATA_PATHS) app.use(path, openDataCors);
  const tagging = conditionalGet(ledgerSources(app));
  for (const path of ['/graphql', ...OPEN_DATA_PATHS]) app.use(path, tagging);
}

function ledgerSources(app: INestApplication): ConditionalGetSources {
  const projections = app.get(ProjectionService);
  const store = app.get<EventStore>(EVENT_STORE);
  const log = app.get(LogConsumer);
  const verifier = app.get(TokenVerifier);
  const version = packageVersion();
  return {
    moment: async (): Promise<LedgerMoment> => ({
      version,
      readModelsAt: projections.position,
      logHeadAt: await store.headPosition(),
      processorsAt: log.status().map((status) => [status.name, status.position] as const),
      today: today(),
    }),
    callerVerifies: (authorization) =>
      callerOf(authorization, verifier).then(
        () => true,
        () => false,
      ),
  };
}
