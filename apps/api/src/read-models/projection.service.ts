import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { LogConsumer, STORAGE, type Storage } from '@ledger/event-store';
import { ProjectionRunner, readModelSchemaOf } from '@ledger/projections';
import { GraphQLError } from 'graphql';
import { LEDGER_CONFIG } from '../platform/config/ledger-config.token';

export const DEFAULT_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 30_000;

/** Keeps the read models projected while the application runs, and lets queries wait for a write. */
@Injectable()
export class ProjectionService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly runner: ProjectionRunner;
  readonly schema: string;

  constructor(@Inject(STORAGE) storage: Storage, log: LogConsumer, @Inject(LEDGER_CONFIG) config: LedgerConfig) {
    const logger = new Logger('Projections');
    this.schema = readModelSchemaOf(storage);
    this.runner = new ProjectionRunner({
      store: storage.eventStore,
      log,
      database: storage.database,
      schema: this.schema,
      catchUpBatchSize: config.projection.catchUpBatch,
      autoRebuildMaxEvents: config.projection.autoRebuildMaxEvents,
      logger: { log: (m) => logger.log(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
      onBatch: (position, events) => logger.debug({ message: 'projected batch', position: position.toString(), events }),
    });
  }

  /** The global position the read models have reached, as far as this instance knows (a standby reads it every second). */
  get position(): bigint | undefined {
    return this.runner.position;
  }

  /** Whether this instance holds the projection lock and projects; the others stand by. */
  get isProjecting(): boolean {
    return this.runner.isLeader;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  // Finishes the batch in hand before the storage closes at application shutdown.
  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }

  /** Answers only once the read models include `position` (as returned by a mutation). */
  async waitFor(position: bigint | undefined, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (position === undefined) return;
    if (await this.runner.waitFor(position, Math.min(timeoutMs, MAX_WAIT_MS))) return;
    throw new GraphQLError(
      `The read models have not reached position ${position} within ${timeoutMs} ms (they are at ${this.runner.position ?? 'the start'}); try again`,
      { extensions: { code: 'READ_MODEL_TIMEOUT', waitedFor: position.toString(), reached: this.runner.position?.toString() ?? null } },
    );
  }
}
