import { Inject, Injectable } from '@nestjs/common';
import { type AggregateKind, AGGREGATES, foldEvents, isDomainEventType, streamIdFor, toDomainEvent } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { readWholeStream, schemaVersionIn } from '@ledger/write-side';

/**
 * The auditor's view: an aggregate as the ledger stood at a past moment, folded from the events
 * recorded by then with the same evolve the read models use.
 */
@Injectable()
export class RecordedHistoryService {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async stateAsRecordedAt<State>(kind: AggregateKind, aggregateId: string, moment: Date): Promise<State> {
    const events = await readWholeStream(this.store, streamIdFor(kind, aggregateId));
    const recorded = events
      .filter((event) => event.recordedAt.getTime() <= moment.getTime() && isDomainEventType(event.type))
      .map((event) => toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data));
    return foldEvents(AGGREGATES[kind].decider, recorded) as State;
  }
}
