import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { isDomainEventType, parseStreamId } from '@ledger/domain';
import { type Attachment, EVENT_STORE, type EventStore, LogConsumer, type RecordedEvent } from '@ledger/event-store';
import { PubSub } from 'graphql-subscriptions';
import { ProjectionService } from '../read-models/projection.service';
import { ReadModelRepository } from '../read-models/read-model.repository';

export const EVENT_RECORDED = 'eventRecorded';
export const DECISION_RECORDED = 'decisionRecorded';

export interface LiveEvent {
  readonly event: RecordedEvent;
  /** The body the event concerns, when it concerns one. */
  readonly bodyId?: string;
}

/**
 * Tails the global log from the moment the server starts and publishes what is recorded to GraphQL
 * subscribers: every event, with the body it concerns, and each resolution once the decision
 * register includes it (so a subscriber can query it straight away).
 */
@Injectable()
export class LiveEventsService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly pubSub = new PubSub();
  private attachment?: Attachment;
  private readonly meetingBodies = new Map<string, string>();
  private readonly logger = new Logger('LiveEvents');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly log: LogConsumer,
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.attachment = await this.log.attach({
      name: 'live',
      // What is recorded from now on; after a failure, from where it had got to (subscribers are live, not durable).
      resumeAfter: async (handled) => handled ?? (await this.store.headPosition()),
      handle: async (batch) => {
        for (const event of batch) await this.publish(event);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.attachment?.detach();
  }

  private async publish(event: RecordedEvent): Promise<void> {
    const bodyId = await this.bodyOf(event);
    await this.pubSub.publish(EVENT_RECORDED, { event, bodyId } satisfies LiveEvent);
    if (event.type === 'ResolutionPassed') {
      const { meetingId, itemNumber } = event.data as { meetingId: string; itemNumber: string };
      // Published once the register has the rows, without holding up the events behind it.
      void this.projections
        .waitFor(event.position, 30_000)
        .then(() => this.repository.decisionsOfItem(meetingId, itemNumber))
        .then((rows) => Promise.all(rows.map((row) => this.pubSub.publish(DECISION_RECORDED, row))))
        .catch((error: unknown) => this.logger.warn({ message: 'decision not published', meetingId, itemNumber, error: String(error) }));
    }
  }

  private async bodyOf(event: RecordedEvent): Promise<string | undefined> {
    const stream = parseStreamId(event.streamId);
    if (!stream || !isDomainEventType(event.type)) return undefined;
    if (stream.kind === 'body') return stream.aggregateId;
    const named = (event.data as { bodyId?: unknown }).bodyId;
    if (typeof named === 'string') {
      if (stream.kind === 'meeting') this.meetingBodies.set(stream.aggregateId, named);
      return named;
    }
    if (stream.kind !== 'meeting') return undefined;
    const known = this.meetingBodies.get(stream.aggregateId);
    if (known) return known;
    const state = (await this.repository.meetings([stream.aggregateId])).get(stream.aggregateId);
    const bodyId = state && state.status !== 'not-scheduled' ? state.bodyId : undefined;
    if (bodyId) this.meetingBodies.set(stream.aggregateId, bodyId);
    return bodyId;
  }
}
