import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore, LogConsumer } from '@ledger/event-store';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { SampleMinutesService } from '../../sample-data/sample-minutes.service';
import { ProjectionLagService } from './projection-lag.service';
import { decideReadiness, type LagCheck, type StoreCheck } from './readiness';

const CHECK_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly lag: ProjectionLagService,
    private readonly samples: SampleMinutesService,
    private readonly log: LogConsumer,
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * The process can do its work: the event store answers, the read models are within
   * READY_MAX_LAG_EVENTS events of its log, and the first start's sample minutes (when it records
   * them) and their effects are recorded. 503, naming the failed checks, otherwise. The processors
   * of the log are listed for information: a failing process manager or live feed does not make the
   * instance unready (its queries are still right), and the projector's trouble shows as lag.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const maxLagEvents = this.config.readiness.maxLagEvents;
    const [store, readModels] = await Promise.all([
      withTimeout(this.store.ping(), CHECK_TIMEOUT_MS).then(
        (): StoreCheck => ({ status: 'up' }),
        (error: unknown): StoreCheck => ({ status: 'down', reason: describe(error) }),
      ),
      // One event past the limit is enough to know the limit is passed.
      withTimeout(this.lag.measure(maxLagEvents + 1), CHECK_TIMEOUT_MS).then(
        (lag): LagCheck => ({ status: 'measured', lag }),
        (error: unknown): LagCheck => ({ status: 'failed', reason: `cannot measure the read models' lag: ${describe(error)}` }),
      ),
    ]);
    const readiness = decideReadiness({
      storeKind: this.store.kind,
      store,
      readModels,
      maxLagEvents,
      startupWork: this.samples.pendingWork(),
    });
    response.status(readiness.ready ? 200 : 503);
    const processors = this.log.status().map(({ name, state, position, failures, lastError }) => ({
      name,
      state,
      position: position?.toString() ?? null,
      failures,
      ...(lastError !== undefined && { lastError }),
    }));
    return { ...readiness.body, processors };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
