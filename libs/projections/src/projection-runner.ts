import type { Attachment, EventStore, HeldLock, LogConsumer, SqlClient } from '@ledger/event-store';
import { projectBatch, readCheckpoint } from './project-batch';
import { catchUp, rebuildHoldingTheLock } from './rebuild';
import { staleReadModels, StaleReadModelsError } from './read-model-versions';
import { migrateReadModels } from './read-model-schema';
import { analyzeReadModels, StatisticsSchedule } from './read-model-statistics';

export interface ProjectionLogger {
  log(message: object): void;
  warn(message: object): void;
  error(message: object): void;
}

export interface ProjectionRunnerOptions {
  /** Read directly only to catch up with a backlog, in large batches; live events come through `log`. */
  readonly store: EventStore;
  /** The application's one reading of the log. */
  readonly log: LogConsumer;
  readonly database: SqlClient;
  /** The schema of the read models. */
  readonly schema: string;
  readonly logger: ProjectionLogger;
  /** Events per transaction while catching up with a backlog (DEFAULT_CATCH_UP_BATCH). */
  readonly catchUpBatchSize?: number;
  /** How often a standby instance tries to take over projecting, and reads the leader's checkpoint. */
  readonly standbyPollMs?: number;
  /**
   * Read models stored under another shape (READ_MODEL_VERSIONS) are rebuilt at start when they hold
   * at most this many events; beyond it, start() fails with StaleReadModelsError.
   */
  readonly autoRebuildMaxEvents?: number;
  /** Called after each committed batch, with the position reached and the batch size. */
  readonly onBatch?: (position: bigint, events: number) => void;
}

/** About a minute of rebuilding on the embedded store. */
export const DEFAULT_AUTO_REBUILD_MAX_EVENTS = 100_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the read models up with the event log. Several API instances may share one database: the
 * one holding the advisory lock projects, the others stand by, serve queries, and take over if the
 * leader goes away.
 */
export class ProjectionRunner {
  private running = false;
  private lock?: HeldLock;
  private attachment?: Attachment;
  /** Wakes project() when the lock is lost or the runner stops. */
  private detachWanted?: () => void;
  private supervisor?: Promise<void>;
  private reached: bigint | undefined;
  private readonly waiters = new Set<() => void>();
  private readonly statistics = new StatisticsSchedule();

  constructor(private readonly options: ProjectionRunnerOptions) {}

  get isLeader(): boolean {
    return this.lock !== undefined;
  }

  /** The global position the read models have reached, as far as this instance knows. */
  get position(): bigint | undefined {
    return this.reached;
  }

  async start(): Promise<void> {
    await migrateReadModels(this.options.database, this.options.schema);
    await this.rebuildStaleShapes();
    this.reached = (await readCheckpoint(this.options.database, this.options.schema))?.position;
    this.running = true;
    this.supervisor = this.supervise();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    this.detachWanted?.();
    await this.supervisor;
    await this.lock?.release();
    this.lock = undefined;
  }

  /** Resolves once the read models have reached `position`; false if `timeoutMs` passed first. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while ((this.reached ?? 0n) < position) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      if (!this.isLeader) await this.refreshFromDatabase();
      if ((this.reached ?? 0n) >= position) return true;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, this.isLeader ? left : 50));
        this.waiters.add(done);
      });
    }
    return true;
  }

  /** Rebuilds read models stored under another shape than this code's, if the log is small enough to do it now. */
  private async rebuildStaleShapes(): Promise<void> {
    const { database, schema, logger } = this.options;
    const stale = await staleReadModels(database, schema);
    if (stale.length === 0) return;
    const events = (await readCheckpoint(database, schema))?.eventsApplied ?? 0n;
    const limit = this.options.autoRebuildMaxEvents ?? DEFAULT_AUTO_REBUILD_MAX_EVENTS;
    if (events > BigInt(limit)) throw new StaleReadModelsError(stale, events, limit);
    const lock = await database.tryLock(`${schema}.projection`, () => undefined);
    if (!lock) {
      logger.warn({ message: 'read models stored under another shape; the instance projecting them must rebuild them', stale });
      return;
    }
    try {
      logger.warn({ message: 'read models stored under another shape: rebuilding them from the log', stale, events: events.toString() });
      const result = await rebuildHoldingTheLock({ store: this.options.store, database, schema, batchSize: this.options.catchUpBatchSize });
      logger.log({ message: 'read models rebuilt', events: result.events, position: result.position?.toString() });
    } finally {
      await lock.release();
    }
  }

  private async refreshFromDatabase(): Promise<void> {
    const checkpoint = await readCheckpoint(this.options.database, this.options.schema).catch(() => undefined);
    if (checkpoint && checkpoint.position > (this.reached ?? 0n)) this.reached = checkpoint.position;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async supervise(): Promise<void> {
    const lockName = `${this.options.schema}.projection`;
    while (this.running) {
      try {
        this.lock ??= await this.options.database.tryLock(lockName, () => this.lockLost());
      } catch (error) {
        this.options.logger.error({ message: 'cannot take the projection lock', error: describe(error) });
      }
      if (!this.lock) {
        await this.refreshFromDatabase();
        this.notify();
        await pause(this.options.standbyPollMs ?? 1000);
        continue;
      }
      await this.project();
    }
  }

  private async project(): Promise<void> {
    const checkpoint = await readCheckpoint(this.options.database, this.options.schema).catch(() => undefined);
    let after = checkpoint?.position;
    let applied = Number(checkpoint?.eventsApplied ?? 0n);
    if (!this.running) return;
    const committed = (position: bigint, events: number) => {
      applied += events;
      this.reached = position;
      this.options.onBatch?.(position, events);
      this.notify();
    };
    this.options.logger.log({ message: 'projecting read models', schema: this.options.schema, from: after?.toString() ?? 'start' });
    try {
      // A backlog (a first start over an existing log, a long stop) is projected as a rebuild
      // projects it, in pipelined batches of 5,000 with states kept in memory; the subscription,
      // whose small batches keep the lag of live appends low, then follows from there.
      let counted = 0;
      const caughtUp = await catchUp({
        store: this.options.store,
        database: this.options.database,
        schema: this.options.schema,
        batchSize: this.options.catchUpBatchSize,
        proceed: () => this.running && this.lock !== undefined,
        onProgress: ({ position, events }) => {
          committed(position, events - counted);
          counted = events;
        },
      });
      after = caughtUp.position ?? after;
      if (this.statistics.due(applied)) await analyzeReadModels(this.options.database, this.options.schema);
    } catch (error) {
      this.options.logger.error({ message: 'projection stopped by an error; resuming from its checkpoint', error: describe(error) });
      if (this.running) await pause(1000);
      return;
    }
    if (!this.running || !this.lock) return;
    const released = new Promise<void>((resolve) => (this.detachWanted = resolve));
    this.attachment = await this.options.log.attach({
      name: 'projections',
      resumeAfter: async () => (await readCheckpoint(this.options.database, this.options.schema))?.position,
      handle: async (batch) => {
        if (!this.lock) throw new Error('projection lock lost');
        await this.options.database.transaction((tx) => projectBatch(tx, this.options.schema, batch));
        committed(batch[batch.length - 1].position, batch.length);
        if (this.statistics.due(applied)) await analyzeReadModels(this.options.database, this.options.schema);
      },
    });
    if (this.running && this.lock) await released;
    await this.attachment.detach();
    this.attachment = undefined;
  }

  private lockLost(): void {
    this.options.logger.warn({ message: 'projection lock lost; standing by' });
    this.lock = undefined;
    this.detachWanted?.();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
