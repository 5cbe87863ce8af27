import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { seesExemptBusiness } from '@ledger/auth';
import { isConfidentialBusiness, isConfidentialText, type ActionState, type FollowUpState } from '@ledger/domain';
import { LoaderFactory } from '../read-models/loaders';
import { asScheduled } from '../meeting/meeting-page';
import type { QueryContext } from '../shared/query-context';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs } from '../read-models/read-options.args';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { decisionLink } from '../shared/decision-link.model';
import { InForceAtArgs } from '../shared/in-force-at.args';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import { ActionConnection, ActionStatusValue, ActionView, FollowUpConnection, FollowUpStatusValue, FollowUpView } from './follow-up.model';

/**
 * A follow-up as it stood on a date: not yet raised, outstanding, or already fulfilled or dropped.
 * Without a date, as it stands now.
 */
function toFollowUp(state: FollowUpState, asOf?: string): FollowUpView[] {
  if (state.status === 'not-raised' || (asOf !== undefined && state.raisedOn > asOf)) return [];
  const fulfilled = state.fulfilment && (asOf === undefined || state.fulfilment.fulfilledOn <= asOf) ? state.fulfilment : undefined;
  const dropped = state.dropping && (asOf === undefined || state.dropping.droppedOn <= asOf) ? state.dropping : undefined;
  const status = fulfilled ? 'fulfilled' : dropped ? 'dropped' : 'outstanding';
  return [
    {
      followUpId: state.followUpId,
      bodyId: state.bodyId,
      status: status as FollowUpStatusValue,
      kind: state.kind,
      subject: state.subject,
      askedOf: state.askedOf,
      due: { ...state.due },
      raisedOn: state.raisedOn,
      raisedBy: decisionLink(state.raisedBy)!,
      fulfilledBy: fulfilled && { ...fulfilled.fulfilledBy },
      fulfilledOn: fulfilled?.fulfilledOn,
      droppedReason: dropped?.reason,
      droppedOn: dropped?.droppedOn,
    },
  ];
}

function toAction(state: ActionState): ActionView[] {
  if (state.status === 'not-raised') return [];
  return [
    {
      actionId: state.actionId,
      bodyId: state.bodyId,
      status: state.status as ActionStatusValue,
      owner: state.owner,
      description: state.description,
      raisedOn: state.raisedOn,
      raisedFrom: { meetingId: state.raisedFrom.meetingId, itemNumber: state.raisedFrom.itemNumber },
      dueOn: state.dueOn,
      progress: state.progress.map((note) => ({ ...note, notedAt: note.notedAt && { ...note.notedAt } })),
      closedOn: state.closedOn,
      closingNote: state.closingNote,
    },
  ];
}

@Resolver()
export class FollowUpsResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
    private readonly loaders: LoaderFactory,
  ) {}

  /**
   * What the public may see of what a meeting's business raised: nothing of confidential business
   * (an exempt item's resolution or minute a clerk recorded, which its source had not published).
   */
  private async publicOnly<T>(
    context: QueryContext,
    raised: readonly T[],
    origin: (entry: T) => { meetingId: string; itemNumber: string },
    confidential: (meeting: Parameters<typeof isConfidentialBusiness>[0], itemNumber: string) => boolean,
  ): Promise<T[]> {
    if (seesExemptBusiness(context.caller)) return [...raised];
    const meetings = await this.loaders.for(context).meetings.loadMany(raised.map((entry) => origin(entry).meetingId));
    return raised.filter((entry, index) => {
      const found = meetings[index];
      const meeting = found instanceof Error ? undefined : asScheduled(found);
      return meeting === undefined || !confidential(meeting, origin(entry).itemNumber);
    });
  }

  @Query(() => [FollowUpView], {
    description:
      'Requested reports, presentations and deferred items, oldest first: by default those outstanding today; `asOf` a date, as they stood then.',
  })
  async followUps(
    @Args('bodyId', { type: () => ID, nullable: true, description: "Only this body's; all bodies when omitted." })
    bodyId: string | undefined,
    @Args('status', {
      type: () => [FollowUpStatusValue],
      nullable: true,
      defaultValue: [FollowUpStatusValue.OUTSTANDING],
      description: 'Only follow-ups in these states.',
    })
    statuses: FollowUpStatusValue[],
    @Args() { inForceAt: asOf }: InForceAtArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<FollowUpView[]> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return this.followUpsListed(bodyId, statuses, asOf, context);
  }

  @Query(() => FollowUpConnection, {
    description: 'The follow-ups `followUps` lists, with the same filters, a page at a time with the whole count.',
  })
  async followUpsConnection(
    @Args('bodyId', { type: () => ID, nullable: true, description: "Only this body's; all bodies when omitted." })
    bodyId: string | undefined,
    @Args('status', {
      type: () => [FollowUpStatusValue],
      nullable: true,
      defaultValue: [FollowUpStatusValue.OUTSTANDING],
      description: 'Only follow-ups in these states.',
    })
    statuses: FollowUpStatusValue[],
    @Args() { inForceAt: asOf }: InForceAtArgs,
    @Args() page: ListPageArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<FollowUpView>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return pageOfList(await this.followUpsListed(bodyId, statuses, asOf, context), page);
  }

  private async followUpsListed(
    bodyId: string | undefined,
    statuses: FollowUpStatusValue[],
    asOf: string | undefined,
    context: QueryContext,
  ): Promise<FollowUpView[]> {
    const all = await this.repository.followUps({ bodyId: bodyId ?? undefined });
    const listed = all.flatMap((state) => toFollowUp(state, asOf)).filter((followUp) => statuses.includes(followUp.status));
    return this.publicOnly(
      context,
      listed,
      (followUp) => followUp.raisedBy,
      (meeting, itemNumber) => isConfidentialText(meeting, itemNumber, 'resolution'),
    );
  }

  @Query(() => [ActionView], { description: 'The action log, oldest first, optionally by status.' })
  async actions(
    @Args('bodyId', { type: () => ID, nullable: true, description: "Only this body's; all bodies when omitted." })
    bodyId: string | undefined,
    @Args('status', { type: () => [ActionStatusValue], nullable: true, description: 'Only actions in these states; all when omitted.' })
    statuses: ActionStatusValue[] | undefined,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<ActionView[]> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return this.actionsListed(bodyId, statuses, context);
  }

  @Query(() => ActionConnection, {
    description: 'The actions `actions` lists, with the same filters, a page at a time with the whole count.',
  })
  async actionsConnection(
    @Args('bodyId', { type: () => ID, nullable: true, description: "Only this body's; all bodies when omitted." })
    bodyId: string | undefined,
    @Args('status', { type: () => [ActionStatusValue], nullable: true, description: 'Only actions in these states; all when omitted.' })
    statuses: ActionStatusValue[] | undefined,
    @Args() page: ListPageArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<ActionView>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return pageOfList(await this.actionsListed(bodyId, statuses, context), page);
  }

  private async actionsListed(
    bodyId: string | undefined,
    statuses: ActionStatusValue[] | undefined,
    context: QueryContext,
  ): Promise<ActionView[]> {
    const listed = (await this.repository.actions({ bodyId: bodyId ?? undefined, statuses: statuses ?? undefined })).flatMap(toAction);
    return this.publicOnly(context, listed, (action) => action.raisedFrom, isConfidentialBusiness);
  }
}
