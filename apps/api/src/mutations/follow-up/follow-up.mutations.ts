import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandDispatcher } from '../../commands/command-dispatcher.service';
import { CommandOptionsArgs } from '../../commands/command-options.args';
import { CommandResult } from '../../commands/command-result.model';
import type { RequestContext } from '../../graphql/request-context';
import { commandOf } from '../shared/command-of';
import { toFollowUpDue } from '../shared/to-follow-up-due';
import { DropFollowUpInput } from './drop-follow-up.input';
import { FulfilFollowUpInput } from './fulfil-follow-up.input';
import { RaiseFollowUpInput } from './raise-follow-up.input';

/** One mutation per command of a follow-up, written to the stream follow-up-<followUpId>. */
@Resolver()
export class FollowUpMutations {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => CommandResult, {
    description: "Record something a decision asked to come back (normally raised by the ledger itself from a resolution's effects).",
  })
  raiseFollowUp(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RaiseFollowUpInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    const command = commandOf('RaiseFollowUp', input, (followUp) => ({ ...followUp, due: toFollowUpDue(followUp.due) }));
    return this.commands.dispatch(command, options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that an item of a later meeting fulfilled an outstanding follow-up.' })
  fulfilFollowUp(
    @Args('input', { description: 'What to record: the details of the command.' }) input: FulfilFollowUpInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('FulfilFollowUp', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that an outstanding follow-up will not come back.' })
  dropFollowUp(
    @Args('input', { description: 'What to record: the details of the command.' }) input: DropFollowUpInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('DropFollowUp', input), options, context);
  }
}
