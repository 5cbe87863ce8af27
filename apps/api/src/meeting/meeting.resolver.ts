import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isConfidentialText, type BodyState, type MeetingState } from '@ledger/domain';
import { seesExemptBusiness } from '@ledger/auth';
import { LoaderFactory } from '../read-models/loaders';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs, HistoricalReadArgs } from '../read-models/read-options.args';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { RecordedHistoryService } from '../read-models/recorded-history.service';
import { Body, bodyFromSummary } from '../body/body.model';
import type { KeysetConnection } from '../shared/connection';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import { DateRangePageArgs } from '../shared/page.args';
import type { QueryContext } from '../shared/query-context';
import { MeetingConnection } from './meeting-connection.model';
import { asScheduled, meetingPage } from './meeting-page';
import { allCorrections, correctsConfidentialMinute, itemsOf, toMeeting } from './meeting-view';
import {
  ConfirmationGivenView,
  AgendaItemView,
  AttendanceView,
  ContactOfficerView,
  DeclarationConnection,
  DeclarationView,
  ExclusionView,
  ItemOrderValue,
  Meeting,
  MeetingChairView,
  MeetingLocationView,
  MinutesConfirmationView,
} from './meeting.model';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
    private readonly loaders: LoaderFactory,
    private readonly history: RecordedHistoryService,
  ) {}

  @Query(() => Meeting, { nullable: true, description: 'A meeting by id, e.g. lscsb-2023-09-29; null when there is none.' })
  async meeting(
    @Args('meetingId', { type: () => ID, description: 'The meeting id, e.g. lscsb-2019-06-14.' }) meetingId: string,
    @Args() options: HistoricalReadArgs,
    @Context() context: QueryContext,
  ): Promise<Meeting | null> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const state = options.asRecordedAt
      ? await this.history.stateAsRecordedAt<MeetingState>('meeting', meetingId, options.asRecordedAt)
      : await this.loaders.for(context).meetings.load(meetingId);
    const scheduled = asScheduled(state);
    return scheduled ? toMeeting(scheduled, options.asRecordedAt) : null;
  }

  @Query(() => MeetingConnection, { description: 'The meetings of a body in a date range, oldest first.' })
  async meetings(
    @Args('bodyId', { type: () => ID, description: 'The body id, e.g. lscsb.' }) bodyId: string,
    @Args() page: DateRangePageArgs,
    @Args() options: ConsistencyArgs,
  ): Promise<KeysetConnection<Meeting>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return meetingPage(this.repository, bodyId, page);
  }

  @ResolveField(() => Body, { nullable: true, description: 'The body that met (as recorded at the same moment, with asRecordedAt).' })
  async body(@Parent() meeting: Meeting, @Context() context: QueryContext): Promise<Body | null> {
    if (!meeting.asRecordedAt) {
      return bodyFromSummary(meeting.bodyId, await this.loaders.for(context).bodySummaries.load(meeting.bodyId));
    }
    const state = await this.history.stateAsRecordedAt<BodyState>('body', meeting.bodyId, meeting.asRecordedAt);
    return state?.status === 'established'
      ? { bodyId: state.bodyId, establishedOn: state.establishedOn, state, asRecordedAt: meeting.asRecordedAt }
      : null;
  }

  @ResolveField(() => MeetingLocationView, {
    nullable: true,
    description: 'Where the meeting took place; null when its source does not say (see notRecorded).',
  })
  location(@Parent() meeting: Meeting): MeetingLocationView | null {
    return meeting.state.location ? { ...meeting.state.location } : null;
  }

  @ResolveField(() => ContactOfficerView, {
    nullable: true,
    description: 'The officer to contact about the meeting; null when its source names none (see notRecorded).',
  })
  contactOfficer(@Parent() meeting: Meeting): ContactOfficerView | null {
    return meeting.state.contactOfficer ? { ...meeting.state.contactOfficer } : null;
  }

  @ResolveField(() => [MeetingChairView], { description: 'Who chaired, in order (a chair elected at the meeting takes over).' })
  chairs(@Parent() meeting: Meeting): MeetingChairView[] {
    return meeting.state.chairs.map((chair) => ({ ...chair }));
  }

  @ResolveField(() => [AgendaItemView], { description: 'The items, in the order of business followed (default) or of the agenda.' })
  items(
    @Parent() meeting: Meeting,
    @Args('order', {
      type: () => ItemOrderValue,
      nullable: true,
      defaultValue: ItemOrderValue.BUSINESS,
      description: 'The order of business followed, or of the published agenda.',
    })
    order: ItemOrderValue,
    @Context() context: QueryContext,
  ): AgendaItemView[] {
    return itemsOf(meeting.state, order, seesExemptBusiness(context.caller));
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the order of business was varied, when it was.' })
  orderOfBusinessVariedBecause(@Parent() meeting: Meeting): string | undefined {
    return meeting.state.orderOfBusiness?.reason;
  }

  @ResolveField(() => AttendanceView, { nullable: true, description: 'Who was present, sent apologies or attended; null until recorded.' })
  attendance(@Parent() meeting: Meeting): AttendanceView | undefined {
    const attendance = meeting.state.attendance;
    return (
      attendance && { present: [...attendance.present], apologies: [...attendance.apologies], inAttendance: [...attendance.inAttendance] }
    );
  }

  @ResolveField(() => [DeclarationView], { description: 'Declarations of interest made at the meeting.' })
  declarations(@Parent() meeting: Meeting): DeclarationView[] {
    return meeting.state.declarations.map((declaration) => ({ ...declaration, declaredUnderItemNumber: declaration.itemNumber }));
  }

  @ResolveField(() => DeclarationConnection, {
    description: 'Declarations of interest made at the meeting, as `declarations` lists them, a page at a time with the whole count.',
  })
  declarationsConnection(@Parent() meeting: Meeting, @Args() page: ListPageArgs): CountedConnection<DeclarationView> {
    return pageOfList(this.declarations(meeting), page);
  }

  @ResolveField(() => Boolean, {
    description:
      'True when the minutes record, under the item for declarations, that none were made; a member may still have declared one later in the meeting, under the item it arose in (see declarations).',
  })
  noDeclarationsMade(@Parent() meeting: Meeting): boolean {
    return meeting.state.noDeclarationsMade;
  }

  @ResolveField(() => [ExclusionView], { description: 'Resolutions excluding the press and public, with the items they covered.' })
  exclusions(@Parent() meeting: Meeting): ExclusionView[] {
    return meeting.state.exclusions.map((exclusion) => ({
      ...exclusion,
      forItemNumbers: [...exclusion.forItemNumbers],
      paragraphs: [...exclusion.paragraphs],
    }));
  }

  @ResolveField(() => [ConfirmationGivenView], {
    description:
      'Earlier minutes this meeting confirmed, with the corrections it stated, whether or not the ledger holds those minutes yet.',
  })
  async confirmationsGiven(@Parent() meeting: Meeting, @Context() context: QueryContext): Promise<ConfirmationGivenView[]> {
    const seesExempt = seesExemptBusiness(context.caller);
    const visible = meeting.state.confirmationsGiven.filter(
      (confirmation) => seesExempt || !isConfidentialText(meeting.state, confirmation.itemNumber, 'minute'),
    );
    const earlier = await this.loaders.for(context).meetings.loadMany(visible.map((confirmation) => confirmation.previousMeetingId));
    return visible.map((confirmation, index) => {
      const found = earlier[index];
      const previous = found instanceof Error ? undefined : asScheduled(found ?? undefined);
      return {
        itemNumber: confirmation.itemNumber,
        previousMeetingId: confirmation.previousMeetingId,
        previousMeetingHeldOn: confirmation.previousMeetingHeldOn,
        // Confirmed in public, a correction may still be to an exempt minute of the earlier meeting: the public
        // sees it here no more than there (minutesConfirmation).
        corrections: confirmation.corrections
          .filter((correction) => seesExempt || previous === undefined || !correctsConfidentialMinute(previous, correction.itemNumber))
          .map((correction) => ({ ...correction })),
        attendanceCorrections: [...(confirmation.attendanceCorrections ?? [])],
        previousMeetingRecorded: previous !== undefined,
      };
    });
  }

  @ResolveField(() => MinutesConfirmationView, {
    description: 'Whether a later meeting confirmed these minutes, and with what corrections.',
  })
  minutesConfirmation(@Parent() meeting: Meeting, @Context() context: QueryContext): MinutesConfirmationView {
    const confirmedBy = meeting.state.minutesConfirmedBy;
    return {
      confirmed: confirmedBy !== undefined,
      confirmedAtMeetingId: confirmedBy?.meetingId,
      confirmedAtItemNumber: confirmedBy?.itemNumber,
      corrections: allCorrections(meeting.state, seesExemptBusiness(context.caller)),
      attendanceCorrections: (meeting.state.attendanceCorrections ?? []).map((correction) => ({
        correctedText: correction.correctedText,
        correctedOn: correction.correctedOn,
        confirmedAtMeetingId: correction.source.meetingId,
        confirmedAtItemNumber: correction.source.itemNumber,
      })),
    };
  }
}

@Resolver(() => Body)
export class BodyMeetingsResolver {
  constructor(private readonly repository: ReadModelRepository) {}

  @ResolveField(() => MeetingConnection, { description: "The body's meetings in a date range, oldest first." })
  meetings(@Parent() body: Body, @Args() page: DateRangePageArgs): Promise<KeysetConnection<Meeting>> {
    return meetingPage(this.repository, body.bodyId, page);
  }
}
