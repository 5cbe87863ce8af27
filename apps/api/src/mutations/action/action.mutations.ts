import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandDispatcher } from '../../commands/command-dispatcher.service';
import { CommandOptionsArgs } from '../../commands/command-options.args';
import { CommandResult } from '../../commands/command-result.model';
import type { RequestContext } from '../../graphql/request-context';
import { commandOf } from '../shared/command-of';
import { CompleteActionInput } from './complete-action.input';
import { DropActionInput } from './drop-action.input';
import { NoteActionProgressInput } from './note-action-progress.input';
import { RaiseActionInput } from './raise-action.input';

/** One mutation per command of an action on a body's action log, written to the stream action-<actionId>. */
@Resolver()
export class ActionMutations {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => CommandResult, { description: "Put an action on a body's action log." })
  raiseAction(
    @Args('input', { description: 'What to record: the details of the command.' }) input: RaiseActionInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('RaiseAction', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record progress on an open action.' })
  noteActionProgress(
    @Args('input', { description: 'What to record: the details of the command.' }) input: NoteActionProgressInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('NoteActionProgress', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that an open action was completed.' })
  completeAction(
    @Args('input', { description: 'What to record: the details of the command.' }) input: CompleteActionInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('CompleteAction', input), options, context);
  }

  @Mutation(() => CommandResult, { description: 'Record that an open action will not be done.' })
  dropAction(
    @Args('input', { description: 'What to record: the details of the command.' }) input: DropActionInput,
    @Args() options: CommandOptionsArgs,
    @Context() context: RequestContext,
  ): Promise<CommandResult> {
    return this.commands.dispatch(commandOf('DropAction', input), options, context);
  }
}
