import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandDispatcher } from '../../commands/command-dispatcher.service';
import { CommandOptionsArgs } from '../../commands/command-options.args';
import { CommandResult } from '../../commands/command-result.model';
import type { RequestContext } from '../../graphql/request-context';
import { commandOf } from '../shared/command-of';
import { AdmitMemberOrganisationInput } from './admit-member-organisation.input';
import { AdoptTermsOfReferenceInput } from './adopt-terms-of-reference.input';
import { AgreeFutureMeetingDatesInput } from './agree-future-meeting-dates.input';
import { AmendTermsOfReferenceInput } from './amend-terms-of-reference.input';
import { AppointOfficeholderInput } from './appoint-officeholder.input';
import { ElectOfficeholderInput } from './elect-officeholder.input';
import { EstablishBodyInput } from './establish-body.input';
import { LeaveOfficeVacantInput } from './leave-office-vacant.input';
import { RecordOfficeholderLeavingInput } from './record-officeholder-leaving.input';
import { RenameBodyInput } from './rename-body.input';
import { toClauseAmendment } from './to-clause-amendment';
import { WithdrawMemberOrganisationInput } from './withdraw-member-organisation.input';

/** One mutation per command of a body (a board or committee), written to the stream body-<bodyId>. */
@Resolver()
export class BodyMutations {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => CommandResult, { description: 'Start the record of a board.' })
  establishBody(
    @Args('input', { description: 'What to record: the details of the command.' }) input: EstablishBodyInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('EstablishBody', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Give a body a new name and short name, as a board resolved.' })
  renameBody(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RenameBodyInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RenameBody', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Admit a member organisation, as a board resolved.' })
  admitMemberOrganisation(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AdmitMemberOrganisationInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('AdmitMemberOrganisation', input), options, context);
  }

  @Mutation(() => CommandResult, { description: "End a member organisation's membership, as a board resolved." })
  withdrawMemberOrganisation(
    @Args('input', { description: 'What to record: the details of the command.' }) input: WithdrawMemberOrganisationInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('WithdrawMemberOrganisation', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Adopt a whole new version of the terms of reference, as a board resolved.' })
  adoptTermsOfReference(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AdoptTermsOfReferenceInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('AdoptTermsOfReference', input), options, context);
  }

  @Mutation(() => CommandResult, {
    description: 'Amend clauses of the terms of reference in force (replace, insert, remove), making a new version.',
  })
  amendTermsOfReference(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AmendTermsOfReferenceInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    const command = commandOf('AmendTermsOfReference', input, (amend) => ({
      ...amend,
      amendments: amend.amendments.map(toClauseAmendment),
    }));
    return this.commands.dispatch(command, options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record an officeholder the board elected for a municipal year.' })
  electOfficeholder(
    @Args('input', { description: 'What to record: the details of the command.' }) input: ElectOfficeholderInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('ElectOfficeholder', input), options, context);
  }

  @Mutation(() => CommandResult, { description: "Record an officeholder appointed other than by the board's election." })
  appointOfficeholder(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AppointOfficeholderInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('AppointOfficeholder', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that the board left an office vacant for a term.' })
  leaveOfficeVacant(
    @Args('input', { description: 'What to record: the details of the command.' }) input: LeaveOfficeVacantInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('LeaveOfficeVacant', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that an officeholder left office during their term.' })
  recordOfficeholderLeaving(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RecordOfficeholderLeavingInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RecordOfficeholderLeaving', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record the dates of future meetings the board agreed.' })
  agreeFutureMeetingDates(
    @Args('input', { description: 'What to record: the details of the command.' }) input: AgreeFutureMeetingDatesInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('AgreeFutureMeetingDates', input), options, context);
  }
}
