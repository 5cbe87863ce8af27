import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { type ProjectionLag, ProjectionLagService } from '../health/projection-lag.service';
import { METRICS_REGISTRY } from './metrics-registry';

/** Scrapes count the backlog up to this many events, so that a scrape's cost stays bounded during a rebuild. */
export const LAG_COUNT_LIMIT = 10_000;
/** The gauges of one scrape share one measurement; a measurement is reused for this long. */
const MEASUREMENT_REUSE_MS = 1_000;

/** The read models' lag behind the event log, measured when Prometheus scrapes. */
@Injectable()
export class ProjectionMetrics {
  private readonly logger = new Logger('Metrics');
  private latest?: { readonly at: number; readonly lag: Promise<ProjectionLag> };

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly lagService: ProjectionLagService,
  ) {
    const gauge = (name: string, help: string, read: (lag: ProjectionLag) => number) => {
      const measure = () => this.measure();
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          const lag = await measure();
          this.set(lag ? read(lag) : Number.NaN);
        },
      });
    };
    gauge(
      'ledger_projection_lag_events',
      `Events in the event log that the read models have not projected yet (NaN if the store cannot be read). Counted, not computed from ` +
        `positions, which have gaps; counting stops at ${LAG_COUNT_LIMIT}, so ${LAG_COUNT_LIMIT} means at least that many.`,
      (lag) => lag.events,
    );
    gauge(
      'ledger_projection_lag_seconds',
      "Seconds since the event store recorded the oldest event the read models have not projected yet, by this host's clock: how long " +
        'the most delayed write has been invisible to queries. 0 when the read models are caught up (NaN if the store cannot be read).',
      (lag) => (lag.oldestUnprojectedRecordedAt ? Math.max(0, (Date.now() - lag.oldestUnprojectedRecordedAt.getTime()) / 1000) : 0),
    );
    gauge(
      'ledger_projection_position',
      'Global position the read models have reached, as this instance knows it (a standby instance reads it every second). ' +
        'Positions only grow but have gaps, and are byte offsets in EventStoreDB: compare them, do not subtract them.',
      (lag) => Number(lag.position ?? 0n),
    );
    gauge('ledger_event_log_head_position', 'Global position of the last event of the event log (see ledger_projection_position).', (lag) =>
      Number(lag.headPosition ?? 0n),
    );
    gauge(
      'ledger_projection_projecting',
      '1 when this instance holds the projection lock and projects the read models, 0 when it stands by.',
      (lag) => (lag.projecting ? 1 : 0),
    );
  }

  /** The current lag, or undefined (and a warning in the log) when it cannot be measured. */
  private async measure(): Promise<ProjectionLag | undefined> {
    const now = Date.now();
    if (!this.latest || now - this.latest.at > MEASUREMENT_REUSE_MS) {
      this.latest = { at: now, lag: this.lagService.measure(LAG_COUNT_LIMIT) };
    }
    try {
      return await this.latest.lag;
    } catch (error) {
      this.logger.warn({
        message: 'cannot measure the projection lag for /metrics',
        error: error instanceof Error ? error.message : String(error),
      });
      this.latest = undefined;
      return undefined;
    }
  }
}
