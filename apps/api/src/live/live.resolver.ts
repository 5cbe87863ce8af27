import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { seesExemptBusiness } from '@ledger/auth';
import { requireAuditTrail } from '../audit/require-audit-trail';
import type { RequestContext } from '../platform/graphql/request-context';
import { RecordedEventView } from '../audit/recorded-event.model';
import type { DecisionRow } from '../read-models/read-model.repository';
import { DecisionEntry, toDecisionEntry } from '../decisions/decision-register.model';
import { DECISION_RECORDED, EVENT_RECORDED, type LiveEvent, LiveEventsService } from './live-events.service';

@Resolver()
export class LiveResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Subscription(() => RecordedEventView, {
    description: "Events as they are recorded that concern a body: its own, its meetings', follow-ups' and actions'.",
    filter: (payload: LiveEvent, variables: { bodyId: string }) => payload.bodyId === variables.bodyId,
    resolve: (payload: LiveEvent) => payload.event,
  })
  bodyEvents(
    @Args('bodyId', { type: () => ID, description: 'The body id, e.g. lscsb.' }) _bodyId: string,
    @Context() context: RequestContext,
  ) {
    // Raw events hold exempt business too.
    requireAuditTrail(context);
    return this.live.pubSub.asyncIterableIterator(EVENT_RECORDED);
  }

  @Subscription(() => DecisionEntry, {
    description: 'Each resolution part as it enters the decision register (of one body, or of all).',
    filter: (row: DecisionRow, variables: { bodyId?: string | null }, context: RequestContext) =>
      (!variables.bodyId || row.bodyId === variables.bodyId) && (!row.exempt || seesExemptBusiness(context.caller)),
    resolve: toDecisionEntry,
  })
  decisionRecorded(
    @Args('bodyId', { type: () => ID, nullable: true, description: "Only this body's decisions; all bodies when omitted." })
    _bodyId?: string,
  ) {
    return this.live.pubSub.asyncIterableIterator(DECISION_RECORDED);
  }
}
