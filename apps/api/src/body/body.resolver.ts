import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type BodyName,
  type BodyState,
  byOrganisation,
  describeOffice,
  type EstablishedBody,
  heldOn,
  type MembershipView,
  membersInForce,
  membershipPeriods,
  nameInForce,
  type Office,
  type OfficeholderView,
  officeholdersInForce,
  termLastDay,
  termsOfReferenceInForceOn,
} from '@ledger/domain';
import type { StretchFacet } from '@ledger/projections';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { BodyRecordView, ChairAttestation, OfficeEvidenceValue, OfficeholderOnDate } from './office-on-date.model';
import { GraphQLError } from 'graphql';
import { LoaderFactory } from '../read-models/loaders';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs, HistoricalReadArgs } from '../read-models/read-options.args';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { RecordedHistoryService } from '../read-models/recorded-history.service';
import { decisionLink } from '../shared/decision-link.model';
import { InForceAtArgs } from '../shared/in-force-at.args';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import { today, type QueryContext } from '../shared/query-context';
import { diffClauses, vacancies } from './body-at-date';
import {
  Body,
  bodyFromSummary,
  BodyNameView,
  ClauseDifferenceView,
  ClauseChangeValue,
  Membership,
  MembershipConnection,
  Officeholder,
  TermsOfReferenceVersionView,
  VacancyView,
} from './body.model';
import type { TermsOfReferenceVersion } from '@ledger/domain';

const toBody = (state: BodyState | undefined, asRecordedAt?: Date): Body | null =>
  state?.status === 'established' ? { bodyId: state.bodyId, establishedOn: state.establishedOn, state, asRecordedAt } : null;

const toMembership = (period: MembershipView, bodyId: string): Membership => ({
  bodyId,
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
      ? {
          change: 'inserted',
          clauseId: amendment.clause.id,
          heading: amendment.clause.heading,
          text: amendment.clause.text,
          afterClauseId: amendment.afterClauseId ?? undefined,
        }
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

/** "Cllr A. Lee (Vice-Chairman)": the chair of a meeting named as its vice or deputy chair. */
const NAMED_AS_VICE_CHAIR = /\b(?:vice|deputy)[\s-]?chair/i;
/** "The Vice Chair, Cllr A. Lee … would be chairing the meeting": the minutes' words name the vice chair. */
const WORDED_AS_VICE_CHAIR = /^The\s+(?:vice|deputy)[\s-]?chair/i;
/** "Cllr A. Lee (Vice-Chairman) in the Chair", "Cllr A. Lee, Vice-Chair, in the Chair": the office printed beside the name. */
const VICE_CHAIR_IN_THE_CHAIR = /\b(?:vice|deputy)[\s-]?chair(?:man|person|woman)?\)?,?\s+in\s+the\s+chair\b/i;
const chairedAsVice = (chair: { chair: string; wording?: string }) =>
  NAMED_AS_VICE_CHAIR.test(chair.chair) ||
  WORDED_AS_VICE_CHAIR.test(chair.wording ?? '') ||
  VICE_CHAIR_IN_THE_CHAIR.test(chair.wording ?? '');

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
    return bodyFromSummary(bodyId, await this.loaders.for(context).bodySummaries.load(bodyId));
  }

  @Query(() => [Body], { description: 'Every body in the ledger, by name.' })
  async bodies(@Args() options: ConsistencyArgs, @Context() context: QueryContext): Promise<Body[]> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const ids = await this.repository.bodyIds();
    const summaries = await this.loaders.for(context).bodySummaries.loadMany(ids);
    return ids.flatMap((bodyId, index) => {
      const summary = summaries[index];
      const body = summary instanceof Error ? null : bodyFromSummary(bodyId, summary);
      return body ? [body] : [];
    });
  }

  @ResolveField(() => BodyNameView, { description: 'The name in force on a date (today by default).' })
  async name(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs, @Context() context: QueryContext): Promise<BodyNameView> {
    const name = await this.answerOn<BodyName>(body, context, 'name', inForceAt, nameInForce);
    if (!name)
      throw new GraphQLError(`The read models hold no name of body "${body.bodyId}"`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return { ...name, decision: decisionLink(name.decision) };
  }

  @ResolveField(() => [BodyNameView], { description: 'Every name the body has had, oldest first.' })
  async names(@Parent() body: Body, @Context() context: QueryContext): Promise<BodyNameView[]> {
    return (await this.stateOf(body, context)).names.map((name) => ({ ...name, decision: decisionLink(name.decision) }));
  }

  @ResolveField(() => [Membership], {
    description:
      'The member organisations on a date (today by default) whose admission the ledger records. Only admissions and withdrawals decided at recorded meetings are known: an empty list means none recorded, not none (see record).',
  })
  async members(@Parent() body: Body, @Args() { inForceAt }: InForceAtArgs, @Context() context: QueryContext): Promise<Membership[]> {
    const onDate = inForceAt ?? today();
    const members = body.state
      ? membersInForce(body.state, onDate)
      : byOrganisation((await this.loaders.for(context).bodyMembers.load({ bodyId: body.bodyId, onDate })) as MembershipView[]);
    return members.map((period) => toMembership(period, body.bodyId));
  }

  @ResolveField(() => MembershipConnection, {
    description: 'The member organisations on a date (today by default), as `members` lists them, a page at a time with the whole count.',
  })
  async membersConnection(
    @Parent() body: Body,
    @Args() inForce: InForceAtArgs,
    @Args() page: ListPageArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<Membership>> {
    return pageOfList(await this.members(body, inForce, context), page);
  }

  @ResolveField(() => [Membership], { description: 'Every period of membership ever recorded, oldest first.' })
  async membershipHistory(@Parent() body: Body, @Context() context: QueryContext): Promise<Membership[]> {
    return membershipPeriods(await this.stateOf(body, context))
      .sort((a, b) => a.from.localeCompare(b.from) || a.organisationName.localeCompare(b.organisationName))
      .map((period) => toMembership(period, body.bodyId));
  }

  @ResolveField(() => TermsOfReferenceVersionView, {
    nullable: true,
    description: 'The terms of reference in force on a date (today by default); null before any were adopted.',
  })
  async termsOfReference(
    @Parent() body: Body,
    @Args() { inForceAt }: InForceAtArgs,
    @Context() context: QueryContext,
  ): Promise<TermsOfReferenceVersionView | null> {
    const version = await this.answerOn<TermsOfReferenceVersion>(body, context, 'terms-of-reference', inForceAt, termsOfReferenceInForceOn);
    return version ? toVersion(version) : null;
  }

  @ResolveField(() => [TermsOfReferenceVersionView], { description: 'Every version of the terms of reference, in order.' })
  async termsOfReferenceVersions(@Parent() body: Body, @Context() context: QueryContext): Promise<TermsOfReferenceVersionView[]> {
    return (await this.stateOf(body, context)).termsOfReference.map(toVersion);
  }

  @ResolveField(() => [ClauseDifferenceView], { description: 'Two versions of the terms of reference compared clause by clause.' })
  async termsOfReferenceDiff(
    @Parent() body: Body,
    @Args('fromVersion', { type: () => Int, description: 'The earlier version number.' }) fromVersion: number,
    @Args('toVersion', { type: () => Int, description: 'The later version number.' }) toVersion: number,
    @Context() context: QueryContext,
  ): Promise<ClauseDifferenceView[]> {
    const state = await this.stateOf(body, context);
    const find = (version: number) => {
      const found = state.termsOfReference.find((candidate) => candidate.version === version);
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

  @ResolveField(() => BodyRecordView, {
    description: 'Which meetings of the body the ledger holds, so a client can tell "none" from "not recorded".',
  })
  async record(@Parent() body: Body): Promise<BodyRecordView> {
    const meetingDays = await this.repository.meetingDaysOf(body.bodyId);
    const first = meetingDays[0];
    const last = meetingDays.at(-1);
    return {
      meetingDays,
      firstMeetingHeldOn: first,
      lastMeetingHeldOn: last,
      membershipComplete: false,
      explanation:
        meetingDays.length === 0
          ? 'The ledger holds no meetings of this body.'
          : `The ledger holds ${meetingDays.length} meeting(s) of this body, from ${first} to ${last}; other meetings, and members not admitted or withdrawn at these, are not recorded.`,
    };
  }

  @ResolveField(() => OfficeholderOnDate, {
    description:
      'Who held an office on a date (today by default), with the evidence: elected by a resolution for a term running that day, attested by the minutes of a meeting held that day, or not recorded. A term ends with its municipal year; the ledger never carries a finished term forward.',
  })
  async officeholderOn(
    @Parent() body: Body,
    @Args('office', { type: () => OfficeEnum, description: 'The office, e.g. CHAIR.' }) office: Office,
    @Args() { inForceAt }: InForceAtArgs,
    @Context() context: QueryContext,
  ): Promise<OfficeholderOnDate> {
    const onDate = inForceAt ?? today();
    const holders = await this.answerOn<OfficeholderView[]>(body, context, 'officeholders', onDate, officeholdersInForce);
    const held = holders?.find((holder) => holder.office === office);
    if (held) {
      const elected = 'elected' in held.mandate;
      return {
        office,
        onDate,
        evidence: elected ? OfficeEvidenceValue.ELECTED : OfficeEvidenceValue.APPOINTED,
        holder: held.holder,
        term: held.term,
        termEndsBy: held.until ?? termLastDay(held.term),
        electedBy: 'elected' in held.mandate ? decisionLink(held.mandate.elected) : undefined,
        appointedBy: 'appointedBy' in held.mandate ? held.mandate.appointedBy : undefined,
        explanation: `${held.holder} was ${elected ? 'elected' : 'appointed'} ${describeOffice(office)} for ${held.term}, a term the ledger holds to run until ${held.until ?? termLastDay(held.term)}.`,
      };
    }
    const attested = office === 'chair' ? await this.chairAttestedOn(body.bodyId, onDate) : undefined;
    if (attested) {
      return {
        office,
        onDate,
        evidence: OfficeEvidenceValue.ATTESTED,
        holder: attested.chair,
        attestedBy: attested.attestation,
        explanation: `No election covers ${onDate}; the minutes of ${attested.attestation.meetingId} name ${attested.chair} in the chair.`,
      };
    }
    return {
      office,
      onDate,
      evidence: OfficeEvidenceValue.NOT_RECORDED,
      explanation: `The ledger holds no election, appointment or minutes naming the ${describeOffice(office)} on ${onDate}: not known, which is not the same as vacant.`,
    };
  }

  /**
   * The chair the minutes of a meeting held on the day name; the last named is who chaired at the end.
   * A vice or deputy chair in the chair ("X (Vice-Chairman) in the Chair") chaired the meeting without
   * holding the office of chair, so attests nothing about it.
   */
  private async chairAttestedOn(bodyId: string, date: string): Promise<{ chair: string; attestation: ChairAttestation } | undefined> {
    const meetings = await this.repository.meetingPage({ bodyId, from: date, to: date, limit: 10 });
    for (const state of meetings) {
      if (state.status === 'not-scheduled' || state.status === 'cancelled') continue;
      const named = state.chairs.filter((chair) => !chairedAsVice(chair)).at(-1);
      if (named) {
        return {
          chair: named.chair,
          attestation: { meetingId: state.meetingId, heldOn: heldOn(state), itemNumber: named.itemNumber, wording: named.wording },
        };
      }
    }
    return undefined;
  }

  @ResolveField(() => [Officeholder], {
    description:
      'Who held each office on a date (today by default) by election or appointment, within the term: a term ends with its municipal year. For the evidence (including minutes naming a chair), see officeholderOn.',
  })
  async officeholders(
    @Parent() body: Body,
    @Args() { inForceAt }: InForceAtArgs,
    @Context() context: QueryContext,
  ): Promise<Officeholder[]> {
    const holders = await this.answerOn<OfficeholderView[]>(body, context, 'officeholders', inForceAt, officeholdersInForce);
    return (holders ?? []).map(toOfficeholder);
  }

  @ResolveField(() => [Officeholder], { description: 'Every election and appointment recorded, by term.' })
  async officeHistory(@Parent() body: Body, @Context() context: QueryContext): Promise<Officeholder[]> {
    return (await this.stateOf(body, context)).offices
      .flatMap(({ office, term, tenures }) => tenures.map((tenure) => toOfficeholder({ ...tenure, office, term })))
      .sort((a, b) => a.term.localeCompare(b.term) || a.office.localeCompare(b.office) || a.from.localeCompare(b.from));
  }

  @ResolveField(() => [VacancyView], { description: 'Offices the board left vacant, and why.' })
  async vacancies(@Parent() body: Body, @Context() context: QueryContext): Promise<VacancyView[]> {
    return vacancies(await this.stateOf(body, context)).map((vacancy) => ({ ...vacancy, decision: decisionLink(vacancy.decision)! }));
  }

  /** The body's whole record: at hand when read as recorded, otherwise loaded (once per request). */
  private async stateOf(body: Body, context: QueryContext): Promise<EstablishedBody> {
    if (body.state) return body.state;
    const state = await this.loaders.for(context).bodies.load(body.bodyId);
    if (state?.status !== 'established') {
      throw new GraphQLError(`The read models hold no record of body "${body.bodyId}"`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    return state;
  }

  /**
   * What the record says on a date (today when none is given): worked out from the record when it
   * is at hand, otherwise read from the row the read models keep for the days that answer holds.
   */
  private async answerOn<T>(
    body: Body,
    context: QueryContext,
    facet: StretchFacet,
    date: string | undefined,
    fromRecord: (state: EstablishedBody, date: string) => T | undefined,
  ): Promise<T | undefined> {
    const onDate = date ?? today();
    if (body.state) return fromRecord(body.state, onDate);
    return (await this.loaders.for(context).bodyAnswers.load({ bodyId: body.bodyId, facet, onDate })) as T | undefined;
  }
}
