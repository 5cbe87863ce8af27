import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../platform/graphql/request-context';
import { requireAuditTrail } from './require-audit-trail';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { RecordedEventView } from './recorded-event.model';
import { LogEventsArgs } from './log-events.args';
import { StreamEventsArgs } from './stream-events.args';

@Resolver(() => RecordedEventView)
export class StreamEventsResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [RecordedEventView], { description: 'The events of one stream, oldest first, exactly as recorded.' })
  streamEvents(
    @Args() { streamId, fromRevision, first }: StreamEventsArgs,
    @Context() context: RequestContext,
  ): Promise<RecordedEventView[]> {
    requireAuditTrail(context);
    return this.store.readStream(streamId, { fromRevision: fromRevision ?? 0n, maxCount: first });
  }

  @Query(() => [RecordedEventView], {
    description: 'The events of the whole log in a range of global positions, in order, exactly as recorded.',
  })
  async logEvents(
    @Args() { fromPosition, toPosition, first }: LogEventsArgs,
    @Context() context: RequestContext,
  ): Promise<RecordedEventView[]> {
    requireAuditTrail(context);
    const events = await this.store.readAll({ ...(fromPosition !== undefined && { from: fromPosition }), maxCount: first });
    return toPosition === undefined ? events : events.filter((event) => event.position <= toPosition);
  }
}
