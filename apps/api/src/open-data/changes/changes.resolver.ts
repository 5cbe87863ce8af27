import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { isDomainEventType, parseStreamId } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionService } from '../../read-models/projection.service';
import { type Change, ChangeFeed } from './change.model';
import { ChangesArgs } from './changes.args';
import { ChangesRepository } from './changes.repository';

@Resolver(() => ChangeFeed)
export class ChangesResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionService,
    private readonly repository: ChangesRepository,
  ) {}

  @Query(() => ChangeFeed, {
    description:
      'What changed after a position of the log, oldest first: which record, when, and by what kind of event, never what was recorded. Only changes the read models already show are given, so a mirror that reads the changed records again finds them changed.',
  })
  async changes(@Args() { after, first }: ChangesArgs): Promise<ChangeFeed> {
    const projected = this.projections.position;
    if (projected === undefined || (after !== undefined && after >= projected)) return { changes: [], through: after, hasMore: false };
    // One more than asked, to tell whether more follow.
    const read = await this.store.readAll({ ...(after !== undefined && { after }), maxCount: first + 1 });
    const shown = read.filter((event) => event.position <= projected);
    const page = shown.slice(0, first);
    const records = page.flatMap((event) => {
      const stream = parseStreamId(event.streamId);
      return stream && isDomainEventType(event.type) ? [{ event, kind: stream.kind, id: stream.aggregateId }] : [];
    });
    const bodies = await this.repository.bodiesOf(records);
    const changes = records.map(({ event, kind, id }): Change => {
      const itemNumber = (event.data as { itemNumber?: unknown }).itemNumber;
      return {
        position: event.position,
        recordedAt: event.recordedAt,
        eventType: event.type,
        kind,
        recordId: id,
        bodyId: bodies.get(`${kind} ${id}`),
        itemNumber: typeof itemNumber === 'string' ? itemNumber : undefined,
      };
    });
    return { changes, through: page.at(-1)?.position ?? after, hasMore: shown.length > first };
  }
}
