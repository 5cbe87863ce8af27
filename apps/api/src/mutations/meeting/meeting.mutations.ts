import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandDispatcher } from '../../commands/command-dispatcher.service';
import { CommandOptionsArgs } from '../../commands/command-options.args';
import { CommandResult } from '../../commands/command-result.model';
import type { RequestContext } from '../../graphql/request-context';
import { commandOf } from '../shared/command-of';
import { AddAgendaItemInput } from './add-agenda-item.input';
import { CancelMeetingInput } from './cancel-meeting.input';
import { CloseMeetingInput } from './close-meeting.input';
import { ConfirmMinutesInput } from './confirm-minutes.input';
import { ConfirmPreviousMinutesInput } from './confirm-previous-minutes.input';
import { ExcludePressAndPublicInput } from './exclude-press-and-public.input';
import { PassResolutionInput } from './pass-resolution.input';
import { RecordAttendanceInput } from './record-attendance.input';
import { RecordDeclarationsOfInterestInput } from './record-declarations-of-interest.input';
import { RecordMeetingChairInput } from './record-meeting-chair.input';
import { RecordPresentersInput } from './record-presenters.input';
import { RecordMinuteTextInput } from './record-minute-text.input';
import { RescheduleMeetingInput } from './reschedule-meeting.input';
import { ScheduleMeetingInput } from './schedule-meeting.input';
import { VaryOrderOfBusinessInput } from './vary-order-of-business.input';
import { WithdrawAgendaItemInput } from './withdraw-agenda-item.input';
import { toMeetingLocation } from './to-meeting-location';
import { toResolutionPart } from './to-resolution-part';

/** One mutation per command of a meeting, written to the stream meeting-<meetingId>. */
@Resolver()
export class MeetingMutations {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => CommandResult, { description: 'Schedule a meeting of a body; this starts the record of the meeting.' })
  scheduleMeeting(
    @Args('input', { description: 'What to record: the details of the command.' }) input: ScheduleMeetingInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    const command = commandOf('ScheduleMeeting', input, ({ location, ...meeting }) => ({
      ...meeting,
      ...(location && { location: toMeetingLocation(location) }),
    }));
    return this.commands.dispatch(command, options, context);
  }

  @Mutation(() => CommandResult, { description: 'Move a meeting not yet held to another time or place.' })
  rescheduleMeeting(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RescheduleMeetingInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    const command = commandOf('RescheduleMeeting', input, ({ location, ...rescheduling }) => ({
      ...rescheduling,
      ...(location && { location: toMeetingLocation(location) }),
    }));
    return this.commands.dispatch(command, options, context);
  }

  @Mutation(() => CommandResult, { description: 'Cancel a meeting not yet held.' })
  cancelMeeting(
    @Args('input', { description: 'What to record: the details of the command.' }) input: CancelMeetingInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('CancelMeeting', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Add an item to the agenda of a meeting that has not closed.' })
  addAgendaItem(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AddAgendaItemInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('AddAgendaItem', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Withdraw an agenda item on which no business has been recorded.' })
  withdrawAgendaItem(
    @Args('input', { description: 'What to record: the details of the command.' }) input: WithdrawAgendaItemInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('WithdrawAgendaItem', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that the order of business was varied at the meeting.' })
  varyOrderOfBusiness(
    @Args('input', { description: 'What to record: the details of the command.' }) input: VaryOrderOfBusinessInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('VaryOrderOfBusiness', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record who was present, who sent apologies and who else attended.' })
  recordAttendance(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordAttendanceInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordAttendance', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record who chaired the meeting.' })
  recordMeetingChair(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordMeetingChairInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordMeetingChair', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record who presented an item, as the minutes say, and who was unable to attend.' })
  recordPresenters(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordPresentersInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordPresenters', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record the declarations of interest made, or that none were made.' })
  recordDeclarationsOfInterest(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordDeclarationsOfInterestInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordDeclarationsOfInterest', input), options, context);
  }

  @Mutation(() => CommandResult, {
    description: 'Record that the press and public were excluded for exempt business (Schedule 12A).',
  })
  excludePressAndPublic(
    @Args('input', { description: 'What to record: the details of the command.' }) input: ExcludePressAndPublicInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('ExcludePressAndPublic', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record the minute of an item: its discussion and numbered points.' })
  recordMinuteText(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordMinuteTextInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordMinuteText', input), options, context);
  }

  @Mutation(() => CommandResult, {
    description: 'Record the resolution of an item, part by part, with what each part changes outside the meeting.',
  })
  passResolution(
    @Args('input', { description: 'What to record: the details of the command.' }) input: PassResolutionInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    const command = commandOf('PassResolution', input, (resolution) => ({
      ...resolution,
      parts: resolution.parts.map(toResolutionPart),
    }));
    return this.commands.dispatch(command, options, context);
  }

  @Mutation(() => CommandResult, {
    description: 'Record that this meeting confirmed the minutes of an earlier one, possibly subject to corrections.',
  })
  confirmPreviousMinutes(
    @Args('input', { description: 'What to record: the details of the command.' }) input: ConfirmPreviousMinutesInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('ConfirmPreviousMinutes', input), options, context);
  }

  @Mutation(() => CommandResult, {
    description:
      'Record on a meeting that a later meeting confirmed its minutes (normally done by the ledger itself after confirmPreviousMinutes).',
  })
  confirmMinutes(
    @Args('input', { description: 'What to record: the details of the command.' }) input: ConfirmMinutesInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('ConfirmMinutes', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record when the meeting closed.' })
  closeMeeting(
    @Args('input', { description: 'What to record: the details of the command.' }) input: CloseMeetingInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('CloseMeeting', input), options, context);
  }
}
