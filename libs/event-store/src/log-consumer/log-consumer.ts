import type { EventStore, GlobalPosition, RecordedEvent, Subscription } from '../event-store.port';

/**
 * Something that follows the log: the read-model projector, the effects process manager, the live
 * feed. Each keeps its own checkpoint; the consumer only reads the log once for all of them.
 */
export interface LogProcessor {
  readonly name: string;
  /**
   * Where to resume (exclusive), asked when the processor is attached and again after each failure:
   * normally its durable checkpoint. `handled` is the last position it handled in this process.
   */
  resumeAfter(handled: GlobalPosition | undefined): Promise<GlobalPosition | undefined>;
  /** Events in log order, none at or before the position it resumed after or last handled. */
  handle(events: readonly RecordedEvent[]): Promise<void>;
}

export type ProcessorState = 'running' | 'failed' | 'detached';

export interface ProcessorStatus {
  readonly name: string;
  readonly state: ProcessorState;
  /** The last position it handled (or resumed after). */
  readonly position: GlobalPosition | undefined;
  /** Failures in a row; 0 once a batch goes through. */
  readonly failures: number;
  readonly lastError?: string;
}

export interface Attachment {
  readonly status: ProcessorStatus;
  /** Stops delivery to the processor; resolves once it is not handling anything. */
  detach(): Promise<void>;
}

export interface LogConsumerLogger {
  warn(message: object): void;
  error(message: object): void;
}

export interface LogConsumerOptions {
  readonly store: EventStore;
  readonly logger?: LogConsumerLogger;
  /** The most events handed to a processor at once. */
  readonly batchSize?: number;
  /** Batches a processor may have waiting before the reading waits for it. */
  readonly maxQueuedBatches?: number;
  /** The pause before a failed processor resumes from its checkpoint; it doubles with each failure in a row, up to 10 s. */
  readonly retryDelayMs?: number;
}

const MAX_RETRY_DELAY_MS = 10_000;

/** `a` comes before `b` in the log (undefined: before the first event). */
const before = (a: GlobalPosition | undefined, b: GlobalPosition | undefined) => b !== undefined && (a === undefined || a < b);

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

class Member {
  state: ProcessorState = 'running';
  /** Handed to the processor, or resumed after. */
  handled: GlobalPosition | undefined;
  /** Queued for the processor: the events read so far that it will be given. */
  queuedTo: GlobalPosition | undefined;
  readonly queue: RecordedEvent[][] = [];
  failures = 0;
  lastError?: string;
  retry?: NodeJS.Timeout;
  pumping?: Promise<void>;
  private roomWaiters: (() => void)[] = [];

  constructor(readonly processor: LogProcessor) {}

  resumeAt(position: GlobalPosition | undefined): void {
    this.handled = position;
    this.queuedTo = position;
  }

  status(): ProcessorStatus {
    return { name: this.processor.name, state: this.state, position: this.handled, failures: this.failures, lastError: this.lastError };
  }

  waitForRoom(max: number): Promise<void> {
    if (this.queue.length < max || this.state !== 'running') return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  freeRoom(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/**
 * Reads the global log once and feeds every attached processor from it. Each processor has its own
 * queue, position and failure handling: a slow one holds the reading up only when its queue is full,
 * and one that fails is set aside and resumed from its own checkpoint after a pause, while the others
 * go on. When a processor joins or resumes behind the reading, the reading starts again from the
 * earliest position any processor needs; the ones ahead skip what they have had.
 */
export class LogConsumer {
  private readonly members = new Set<Member>();
  private subscription?: Subscription;
  /** The last position the current reading delivered (or started after). */
  private readTo: GlobalPosition | undefined;
  private restarting?: Promise<void>;
  private restartWanted = false;
  private stopped = false;
  private readonly batchSize: number;
  private readonly maxQueued: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: LogConsumerOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.maxQueued = options.maxQueuedBatches ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
  }

  /** What each attached processor has reached, and how it is doing. */
  status(): ProcessorStatus[] {
    return [...this.members].map((member) => member.status());
  }

  async attach(processor: LogProcessor): Promise<Attachment> {
    if (this.stopped) throw new Error('the log consumer has stopped');
    const member = new Member(processor);
    member.resumeAt(await processor.resumeAfter(undefined));
    this.members.add(member);
    this.requestReading();
    return {
      get status() {
        return member.status();
      },
      detach: () => this.detach(member),
    };
  }

  /** Detaches every processor and stops reading. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.members].map((member) => this.detach(member)));
    await this.restarting;
    await this.subscription?.stop();
  }

  private async detach(member: Member): Promise<void> {
    member.state = 'detached';
    clearTimeout(member.retry);
    member.queue.length = 0;
    member.freeRoom();
    this.members.delete(member);
    await member.pumping;
    if (this.members.size === 0) this.requestReading();
  }

  private running(): Member[] {
    return [...this.members].filter((member) => member.state === 'running');
  }

  /** Starts, restarts or stops the reading so that it serves every running processor; never waits for it. */
  private requestReading(): void {
    this.restartWanted = true;
    this.restarting ??= this.restartReading().finally(() => {
      this.restarting = undefined;
    });
  }

  private async restartReading(): Promise<void> {
    // Let the caller (perhaps a batch being delivered) return before the reading is stopped.
    await Promise.resolve();
    while (this.restartWanted) {
      this.restartWanted = false;
      const needed = this.running();
      const alreadyServed = this.subscription !== undefined && needed.length > 0 && !needed.some((m) => before(m.queuedTo, this.readTo));
      if (alreadyServed) continue;
      await this.subscription?.stop();
      this.subscription = undefined;
      const members = this.running();
      if (this.stopped || members.length === 0) continue;
      // The earliest position a running processor still needs.
      const from = members.map((m) => m.queuedTo).reduce((a, b) => (before(a, b) ? a : b));
      this.readTo = from;
      const subscription = this.options.store.subscribeToAll(
        {
          onEvents: (events) => this.deliver(events),
          onError: (error) => {
            this.options.logger?.error({ message: 'reading the log failed; starting again', error: describe(error) });
            setTimeout(() => {
              if (this.subscription === subscription) this.requestReading();
            }, this.retryDelayMs).unref?.();
          },
        },
        { after: from, batchSize: this.batchSize },
      );
      this.subscription = subscription;
    }
  }

  private async deliver(events: readonly RecordedEvent[]): Promise<void> {
    const last = events[events.length - 1].position;
    for (const member of this.running()) {
      // A processor that joined or resumed behind this reading waits for the next one, from its own position.
      if (before(member.queuedTo, this.readTo)) continue;
      const fresh = events.filter((event) => before(member.queuedTo, event.position));
      if (before(member.queuedTo, last)) member.queuedTo = last;
      if (fresh.length === 0) continue;
      member.queue.push(fresh);
      member.pumping ??= this.pump(member);
    }
    this.readTo = last;
    if (this.running().some((member) => before(member.queuedTo, this.readTo))) this.requestReading();
    await Promise.all(this.running().map((member) => member.waitForRoom(this.maxQueued)));
  }

  private async pump(member: Member): Promise<void> {
    try {
      while (member.state === 'running' && member.queue.length > 0) {
        const batch = member.queue[0];
        try {
          await member.processor.handle(batch);
        } catch (error) {
          if (member.state === 'running') this.fail(member, error);
          return;
        }
        if (member.state !== 'running') return;
        member.queue.shift();
        member.handled = batch[batch.length - 1].position;
        member.failures = 0;
        member.lastError = undefined;
        member.freeRoom();
      }
    } finally {
      member.pumping = undefined;
    }
  }

  private fail(member: Member, error: unknown): void {
    member.state = 'failed';
    member.failures += 1;
    member.lastError = describe(error);
    member.queue.length = 0;
    member.freeRoom();
    const delay = Math.min(this.retryDelayMs * 2 ** (member.failures - 1), MAX_RETRY_DELAY_MS);
    this.options.logger?.error({
      message: 'processor failed; it resumes from its checkpoint',
      processor: member.processor.name,
      failures: member.failures,
      retryInMs: delay,
      error: member.lastError,
    });
    member.retry = setTimeout(() => void this.resume(member), delay);
    member.retry.unref?.();
  }

  private async resume(member: Member): Promise<void> {
    if (member.state !== 'failed' || this.stopped) return;
    try {
      const position = await member.processor.resumeAfter(member.handled);
      if (member.state !== 'failed') return;
      member.resumeAt(position);
      member.state = 'running';
      this.requestReading();
    } catch (error) {
      this.fail(member, error);
    }
  }
}
