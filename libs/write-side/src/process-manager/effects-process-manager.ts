import { type DomainCommand, DomainError, followOnCommands, isDomainEventType, toDomainEvent } from '@ledger/domain';
import { type Attachment, type LogConsumer, type RecordedEvent, type SqlClient, sqlCheckpoints } from '@ledger/event-store';
import type { CommandEnvelope, CommandSender } from '../command-envelope';
import { followOnCommandId } from '../deterministic-id';
import { schemaVersionIn } from '../event-metadata';
import { parkedEffects } from './parked-effects';

export interface ProcessManagerLogger {
  log(message: object): void;
  warn(message: object): void;
  error(message: object): void;
}

export interface EffectsProcessManagerOptions {
  /** The application's one reading of the log; it resumes the manager from its checkpoint after a failure. */
  readonly log: LogConsumer;
  /** The write path its commands go down (the application's command bus). */
  readonly send: CommandSender;
  readonly database: SqlClient;
  readonly schema: string;
  readonly logger: ProcessManagerLogger;
  /** The checkpoint's name; one per process manager. */
  readonly name?: string;
  /** Attempts per effect before it is parked, when it fails for a reason that may pass (a store outage). */
  readonly maxAttempts?: number;
  /** The first pause between attempts; it doubles each time. */
  readonly retryDelayMs?: number;
  /** How long progress through events that ask for nothing may go unsaved (1 s by default). */
  readonly idleCheckpointEveryMs?: number;
}

export const PROCESS_MANAGER_PRINCIPAL = { id: 'process-manager', role: 'system' } as const;

/**
 * A batch that carried out no effect moves the durable checkpoint only now and then: losing such
 * progress in a crash costs a re-read of events that ask for nothing, whereas saving it costs a
 * write per batch, which on a busy ledger is a write per command.
 */
const IDLE_CHECKPOINT_EVERY_MS = 1000;
export const IDLE_CHECKPOINT_EVERY_EVENTS = 1000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Carries out what resolutions decided: reads the global log from its checkpoint and turns each
 * effect of a ResolutionPassed (and each confirmation of earlier minutes) into a command. Command
 * ids come from the causing event and the effect's key, so replaying the log, or restarting between
 * a command and the checkpoint, records nothing twice. An effect that keeps failing is parked in
 * the database with its error, never dropped; one the domain refuses is parked at once.
 */
export class EffectsProcessManager {
  readonly name: string;
  private attachment?: Attachment;
  private running = false;
  private position: bigint | undefined;
  private saved: { position: bigint | undefined; at: number } = { position: undefined, at: 0 };
  /** Events handled since the checkpoint was saved: counted, as positions (byte offsets on EventStoreDB) are not. */
  private unsavedEvents = 0;

  constructor(private readonly options: EffectsProcessManagerOptions) {
    this.name = options.name ?? 'effects';
  }

  /** Where it has got to in the global log. */
  get checkpoint(): bigint | undefined {
    return this.position;
  }

  async start(): Promise<void> {
    await sqlCheckpoints.migrate(this.options.database, this.options.schema);
    await parkedEffects.migrate(this.options.database, this.options.schema);
    this.position = await sqlCheckpoints.load(this.options.database, this.options.schema, this.name);
    this.saved = { position: this.position, at: Date.now() };
    this.running = true;
    this.attachment = await this.options.log.attach({
      name: this.name,
      // After a failure (a database outage, say): from the durable checkpoint, as after a restart.
      resumeAfter: () => sqlCheckpoints.load(this.options.database, this.options.schema, this.name).catch(() => this.position),
      handle: (batch) => this.handleBatch(batch),
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.attachment?.detach();
    if (this.position !== undefined && this.position !== this.saved.position) await this.saveCheckpoint(this.position);
  }

  listParked() {
    return parkedEffects.list(this.options.database, this.options.schema, this.name);
  }

  private async handleBatch(batch: readonly RecordedEvent[]): Promise<void> {
    let effects = 0;
    for (const event of batch) {
      if (!this.running) return;
      effects += await this.handle(event);
    }
    const last = batch[batch.length - 1].position;
    this.unsavedEvents += batch.length;
    if (
      effects > 0 ||
      this.unsavedEvents >= IDLE_CHECKPOINT_EVERY_EVENTS ||
      Date.now() - this.saved.at >= (this.options.idleCheckpointEveryMs ?? IDLE_CHECKPOINT_EVERY_MS)
    ) {
      await this.saveCheckpoint(last);
    }
    this.position = last;
  }

  private async saveCheckpoint(position: bigint): Promise<void> {
    await sqlCheckpoints.save(this.options.database, this.options.schema, this.name, position);
    this.saved = { position, at: Date.now() };
    this.unsavedEvents = 0;
  }

  /** Carries out the effects of one event; answers how many commands that took. */
  private async handle(recorded: RecordedEvent): Promise<number> {
    if (!isDomainEventType(recorded.type)) return 0;
    const event = toDomainEvent(recorded.type, schemaVersionIn(recorded.metadata), recorded.data);
    const effects = followOnCommands(event);
    for (const { commandKey, command } of effects) {
      await this.applyEffect(recorded, commandKey, command);
    }
    return effects.length;
  }

  private async applyEffect(cause: RecordedEvent, commandKey: string, command: DomainCommand): Promise<void> {
    const envelope: CommandEnvelope = {
      command,
      commandId: followOnCommandId(cause.id, commandKey),
      correlationId: typeof cause.metadata.correlationId === 'string' ? cause.metadata.correlationId : cause.id,
      causationId: cause.id,
      principal: PROCESS_MANAGER_PRINCIPAL,
      source: 'process-manager',
    };
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.options.send(envelope);
        this.options.logger.log({
          message: result.alreadyRecorded ? 'effect already applied' : 'effect applied',
          processManager: this.name,
          commandType: command.type,
          commandKey,
          causationId: cause.id,
          streamId: result.streamId,
        });
        return;
      } catch (error) {
        const detail = {
          processManager: this.name,
          commandType: command.type,
          commandKey,
          causationId: cause.id,
          attempt,
          error: error instanceof Error ? error.message : String(error),
        };
        // The domain's refusal is decided by what the ledger holds: asking again at once changes nothing.
        const refused = error instanceof DomainError;
        if (!refused && attempt < maxAttempts) {
          this.options.logger.warn({ message: 'effect failed; retrying', ...detail });
          await pause((this.options.retryDelayMs ?? 200) * 2 ** (attempt - 1));
          continue;
        }
        await parkedEffects.park(this.options.database, this.options.schema, {
          subscriber: this.name,
          eventId: cause.id,
          eventType: cause.type,
          eventStreamId: cause.streamId,
          eventPosition: cause.position,
          commandKey,
          commandId: envelope.commandId!,
          command,
          errorCode: (error as { code?: unknown }).code?.toString(),
          errorMessage: detail.error,
          attempts: attempt,
        });
        this.options.logger.error({
          message: refused ? 'effect refused by the domain; parked' : 'effect parked after repeated failures',
          ...detail,
        });
        return;
      }
    }
  }
}
