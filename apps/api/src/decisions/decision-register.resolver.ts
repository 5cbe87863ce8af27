import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { seesExemptBusiness } from '@ledger/auth';
import { LoaderFactory } from '../read-models/loaders';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs } from '../read-models/read-options.args';
import { type DecisionCursor, ReadModelRepository } from '../read-models/read-model.repository';
import { changesMadeBy } from '../body/body-at-date';
import { BodyChange } from '../body/body.model';
import { asScheduled } from '../meeting/meeting-page';
import { toMeeting } from '../meeting/meeting-view';
import { Meeting } from '../meeting/meeting.model';
import { type KeysetConnection, keysetPage, keysetWindow } from '../shared/connection';
import type { QueryContext } from '../shared/query-context';
import { DecisionConnection, DecisionEntry, toDecisionEntry } from './decision-register.model';
import { DecisionRegisterArgs } from './decision-register.args';

const isDecisionCursor = (value: unknown): value is DecisionCursor => {
  const cursor = value as DecisionCursor;
  return (
    typeof cursor === 'object' &&
    cursor !== null &&
    typeof cursor.heldOn === 'string' &&
    typeof cursor.meetingId === 'string' &&
    Number.isInteger(cursor.itemOrder) &&
    Number.isInteger(cursor.partOrder)
  );
};

@Resolver(() => DecisionEntry)
export class DecisionRegisterResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
    private readonly loaders: LoaderFactory,
  ) {}

  @Query(() => DecisionConnection, {
    description: 'Every resolution part across meetings, newest first; filter by body, kind, dates and words.',
  })
  async decisionRegister(
    @Args() args: DecisionRegisterArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<KeysetConnection<DecisionEntry>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const window = keysetWindow(args, isDecisionCursor);
    const filter = {
      bodyId: args.bodyId,
      meetingId: args.meetingId,
      minute: args.minute || undefined,
      kinds: args.kinds,
      from: args.from,
      to: args.to,
      search: args.search || undefined,
      // The public never finds exempt business, not even by searching for its words.
      includeExempt: seesExemptBusiness(context.caller),
    };
    const rows = await this.repository.decisions({ ...filter, ...window, limit: window.limit + 1 });
    return keysetPage(
      rows,
      window,
      toDecisionEntry,
      (row) => ({ heldOn: row.heldOn, meetingId: row.meetingId, itemOrder: row.itemOrder, partOrder: row.partOrder }),
      () => this.repository.countDecisions(filter),
    );
  }

  @ResolveField(() => Meeting, { nullable: true, description: 'The meeting that took the decision.' })
  async meeting(@Parent() entry: DecisionEntry, @Context() context: QueryContext): Promise<Meeting | null> {
    const meeting = asScheduled(await this.loaders.for(context).meetings.load(entry.meetingId));
    return meeting ? toMeeting(meeting) : null;
  }

  @ResolveField(() => [BodyChange], { description: 'What this decision changed on the body.' })
  async bodyChanges(@Parent() entry: DecisionEntry, @Context() context: QueryContext): Promise<BodyChange[]> {
    const body = await this.loaders.for(context).bodies.load(entry.bodyId);
    if (body?.status !== 'established') return [];
    return changesMadeBy(body, entry).map((change) => ({ ...change, bodyId: entry.bodyId }));
  }
}
