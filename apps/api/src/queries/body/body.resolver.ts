import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { BodyState } from '@ledger/domain';
import { GraphQLError } from 'graphql';
import { LoaderFactory } from '../../read-models/loaders';
import { ProjectionService } from '../../read-models/projection.service';
import { ConsistencyArgs, HistoricalReadArgs } from '../../read-models/read-options.args';
import { ReadModelRepository } from '../../read-models/read-model.repository';
import { RecordedHistoryService } from '../../read-models/recorded-history.service';
import { decisionLink } from '../shared/decision-link.model';
import { InForceAtArgs } from '../shared/in-force-at.args';
import { today, type QueryContext } from '../shared/query-context';
import {
  diffClauses,
  membershipPeriods,
  membersInForce,
  nameInForce,
  officeholdersInForce,
  termsOfReferenceInForceOn,
  vacancies,
} from './body-at-date';
import {
  Body,
  BodyNameView,
  ClauseDifferenceView,
  ClauseChangeValue,
  Membership,
  Officeholder,
  TermsOfReferenceVersionView,
  VacancyView,
} from './body.model';
import type { MembershipView, OfficeholderView } from './body-at-date';
import type { TermsOfReferenceVersion } from '@ledger/domain';

const toBody = (state: BodyState | undefined, asRecordedAt?: Date): Body | null =>
  state?.status === 'established' ? { bodyId: state.bodyId, establishedOn: state.establishedOn, state, asRecordedAt } : null;

const toMembership = (period: MembershipView): Membership => ({
  organisationId: period.organisationId,
  organisationName: period.organisationName,
  from: period.from,
  until: period.until,
  admittedBy: decisionLink(period.admittedBy)!,
  withdrawnBy: decisionLink(period.withdrawnBy),
});

const toVersion = (version: TermsOfReferenceVersion): TermsOfReferenceVersionView => ({
  version: version.version,
  inForceFrom: version.inForceFrom,
  clauses: version.clauses.map((clause) => ({ ...clause })),
  decision: decisionLink(version.decision)!,
  amendments: version.amendments?.map((amendment) =>
    amendment.change === 'inserted'
      ? { change: 'inserted', clauseId: amendment.clause.id, heading: amendment.clause.heading, text: amendment.clause.text, afterClauseId: amendment.afterClauseId ?? undefined }
      : amendment.change === 'replaced'
        ? { change: 'replaced', clauseId: amendment.clauseId, heading: amendment.heading, text: amendment.text }
        : { change: 'removed', clauseId: amendment.clauseId },
  ),
});

const toOfficeholder = (holder: OfficeholderView): Officeholder => ({
  office: holder.office,
  term: holder.term,
  holder: holder.holder,
  from: holder.from,
  until: holder.until,
  electedBy: 'elected' in holder.mandate ? decisionLink(holder.mandate.elected) : undefined,
  appointedBy: 'appointedBy' in holder.mandate ? holder.mandate.appointedBy : undefined,
});

@Resolver(() => Body)
export class BodyResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
    private readonly loaders: LoaderFactory,
    private readonly history: RecordedHistoryService,
  ) {}

  @Query(() => Body, { nullable: true, description: 'A body by id; null when there is none.' })
  async body(
    @Args('bodyId', { type: () => ID, description: 'The body id, e.g. lscsb.' }) bodyId: string,
    @Args() options: HistoricalReadArgs,
    @Context() context: QueryContext,
  ): Promise<Body | null> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    if (options.asRecordedAt) {
      return toBody(await this.history.stateAsRecordedAt<BodyState>('body', bodyId, options.asRecordedAt), options.asRecordedAt);
    }
    return toBody(await this.loaders.for(context).bodies.load(bodyId));
  }

  @Query(() => [Body], { description: 'Every body in the ledger, by name.' })
  async bodies(@Args() options: ConsistencyArgs, @Context() context: QueryContext): Promise<Body[]> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const ids = await this.repository.bodyIds();
    const states = await this.loaders.for(context).bodies.loadMany(ids);
    return states.flatMap((state) => {
      const body = state instanceof Error ? null : toBody(state);
      return body ? [body] : [];
    });
  }

  @ResolveField(() => BodyNameView, { description: 'The name in force on a date (today by default).' })
  name(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs): BodyNameView {
    const name = nameInForce(body.state, inForceAt ?? today());
    return { ...name, decision: decisionLink(name.decision) };
  }

  @ResolveField(() => [BodyNameView], { description: 'Every name the body has had, oldest first.' })
  names(@Parent() body: Body): BodyNameView[] {
    return body.state.names.map((name) => ({ ...name, decision: decisionLink(name.decision) }));
  }

  @ResolveField(() => [Membership], { description: 'The member organisations on a date (today by default).' })
  members(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs): Membership[] {
    return membersInForce(body.state, inForceAt ?? today()).map(toMembership);
  }

  @ResolveField(() => [Membership], { description: 'Every period of membership ever recorded, oldest first.' })
  membershipHistory(@Parent() body: Body): Membership[] {
    return membershipPeriods(body.state)
      .sort((a, b) => a.from.localeCompare(b.from) || a.organisationName.localeCompare(b.organisationName))
      .map(toMembership);
  }

  @ResolveField(() => TermsOfReferenceVersionView, {
    nullable: true,
    description: 'The terms of reference in force on a date (today by default); null before any were adopted.',
  })
  termsOfReference(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs): TermsOfReferenceVersionView | null {
    const version = termsOfReferenceInForceOn(body.state, inForceAt ?? today());
    return version ? toVersion(version) : null;
  }

  @ResolveField(() => [TermsOfReferenceVersionView], { description: 'Every version of the terms of reference, in order.' })
  termsOfReferenceVersions(@Parent() body: Body): TermsOfReferenceVersionView[] {
    return body.state.termsOfReference.map(toVersion);
  }

  @ResolveField(() => [ClauseDifferenceView], { description: 'Two versions of the terms of reference compared clause by clause.' })
  termsOfReferenceDiff(
    @Parent() body: Body,
    @Args('fromVersion', { type: () => Int, description: 'The earlier version number.' }) fromVersion: number,
    @Args('toVersion', { type: () => Int, description: 'The later version number.' }) toVersion: number,
  ): ClauseDifferenceView[] {
    const find = (version: number) => {
      const found = body.state.termsOfReference.find((candidate) => candidate.version === version);
      if (!found) {
        throw new GraphQLError(`Body "${body.bodyId}" has no version ${version} of its terms of reference`, {
          extensions: { code: 'NOT_FOUND' },
        });
      }
      return found;
    };
    return diffClauses(find(fromVersion).clauses, find(toVersion).clauses).map((difference) => ({
      ...difference,
      change: difference.change as ClauseChangeValue,
    }));
  }

  @ResolveField(() => [Officeholder], { description: 'Who held each office on a date (today by default).' })
  officeholders(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs): Officeholder[] {
    return officeholdersInForce(body.state, inForceAt ?? today()).map(toOfficeholder);
  }

  @ResolveField(() => [Officeholder], { description: 'Every election and appointment recorded, by term.' })
  officeHistory(@Parent() body: Body): Officeholder[] {
    return body.state.offices
      .flatMap(({ office, term, tenures }) => tenures.map((tenure) => toOfficeholder({ ...tenure, office, term })))
      .sort((a, b) => a.term.localeCompare(b.term) || a.office.localeCompare(b.office) || a.from.localeCompare(b.from));
  }

  @ResolveField(() => [VacancyView], { description: 'Offices the board left vacant, and why.' })
  vacancies(@Parent() body: Body): VacancyView[] {
    return vacancies(body.state).map((vacancy) => ({ ...vacancy, decision: decisionLink(vacancy.decision)! }));
  }
}

