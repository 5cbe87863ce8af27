import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../platform/graphql/request-context';
import { requireAuditTrail } from './require-audit-trail';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { verifyLedger } from '@ledger/write-side';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';
import { LedgerVerificationView } from './ledger-verification.model';

@Resolver(() => LedgerVerificationView)
export class LedgerVerificationResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => LedgerVerificationView, {
    description:
      "Recomputes every stream's hash chain (up to a position) and reports the first broken link and the digest of the stream heads.",
    // It reads the whole log, whatever its selection: costed as a thousand fields.
    complexity: 1000,
  })
  verifyLedger(
    @Args('upTo', {
      type: () => GlobalPositionScalar,
      nullable: true,
      description: 'Verify up to this global position; the head when omitted.',
    })
    upTo: bigint | undefined,
    @Context() context: RequestContext,
  ): Promise<LedgerVerificationView> {
    requireAuditTrail(context);
    return verifyLedger(this.store, { ...(upTo !== undefined && upTo !== null && { upTo }) });
  }
}
