import type { ProjectionLag } from './projection-lag.service';

export type StoreCheck = { readonly status: 'up' } | { readonly status: 'down'; readonly reason: string };

export type LagCheck =
  { readonly status: 'measured'; readonly lag: ProjectionLag } | { readonly status: 'failed'; readonly reason: string };

export interface ReadinessInput {
  readonly storeKind: string;
  readonly store: StoreCheck;
  readonly readModels: LagCheck;
  readonly maxLagEvents: number;
  /** Work the API does at start before it is ready (the sample minutes and their effects), while it lasts. */
  readonly startupWork?: string;
}

export interface Readiness {
  readonly ready: boolean;
  /** The JSON body of `/health/ready`: each check says whether it passed and why not. */
  readonly body: {
    readonly status: 'ok' | 'unavailable';
    /** The checks that failed, by name, so that a probe's log says at once what is wrong. */
    readonly failed?: readonly ('store' | 'readModels' | 'startup')[];
    readonly store: { readonly kind: string; readonly status: 'up' | 'down'; readonly reason?: string };
    readonly readModels: {
      readonly status: 'up' | 'lagging' | 'unknown';
      readonly lagEvents?: number;
      /** Present when counting stopped at the limit: the lag is at least `lagEvents`. */
      readonly lagAtLeast?: true;
      readonly maxLagEvents: number;
      readonly position?: string | null;
      readonly headPosition?: string | null;
      readonly projecting?: boolean;
      readonly reason?: string;
    };
    /** Present while the API is still doing its start-up work. */
    readonly startup?: { readonly status: 'working'; readonly reason: string };
  };
}

/** Ready when the event store answers and the read models are no more than `maxLagEvents` behind its log. */
export function decideReadiness({ storeKind, store, readModels, maxLagEvents, startupWork }: ReadinessInput): Readiness {
  const storeBody =
    store.status === 'up' ? { kind: storeKind, status: 'up' as const } : { kind: storeKind, status: 'down' as const, reason: store.reason };
  const readModelsBody: Readiness['body']['readModels'] =
    readModels.status === 'failed'
      ? { status: 'unknown', maxLagEvents, reason: readModels.reason }
      : {
          status: readModels.lag.events > maxLagEvents ? 'lagging' : 'up',
          lagEvents: readModels.lag.events,
          ...(readModels.lag.atLeast ? { lagAtLeast: true as const } : {}),
          maxLagEvents,
          position: readModels.lag.position?.toString() ?? null,
          headPosition: readModels.lag.headPosition?.toString() ?? null,
          projecting: readModels.lag.projecting,
          ...(readModels.lag.events > maxLagEvents
            ? {
                reason: `the read models are ${readModels.lag.atLeast ? 'at least ' : ''}${readModels.lag.events} events behind the log, more than ${maxLagEvents}`,
              }
            : {}),
        };
  const failed = [
    ...(storeBody.status === 'up' ? [] : ['store' as const]),
    ...(readModelsBody.status === 'up' ? [] : ['readModels' as const]),
    ...(startupWork === undefined ? [] : ['startup' as const]),
  ];
  const startup = startupWork === undefined ? {} : { startup: { status: 'working' as const, reason: startupWork } };
  return failed.length === 0
    ? { ready: true, body: { status: 'ok', store: storeBody, readModels: readModelsBody } }
    : { ready: false, body: { status: 'unavailable', failed, store: storeBody, readModels: readModelsBody, ...startup } };
}
