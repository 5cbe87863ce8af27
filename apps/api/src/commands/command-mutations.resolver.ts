import type { Type } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandDispatcher } from './command-dispatcher.service';
import { CommandOptionsArgs } from './command-options.args';
import { CommandResult } from './command-result.model';
import type { RequestContext } from '../platform/graphql/request-context';
import { ACTION_COMMANDS } from '../action/action.commands';
import { BODY_COMMANDS } from '../body/body.commands';
import { FOLLOW_UP_COMMANDS } from '../follow-up/follow-up.commands';
import { MEETING_COMMANDS } from '../meeting/meeting.commands';
import { PEOPLE_COMMANDS } from '../people/people.commands';
import type { CommandEntry } from './command-entry';

/** Every command the API offers, each a mutation named after it (EstablishBody: establishBody). */
export const COMMAND_CATALOGUE: readonly CommandEntry[] = [
  ...BODY_COMMANDS,
  ...MEETING_COMMANDS,
  ...FOLLOW_UP_COMMANDS,
  ...ACTION_COMMANDS,
  ...PEOPLE_COMMANDS,
];

export const mutationNameOf = (commandType: string) => `${commandType[0]!.toLowerCase()}${commandType.slice(1)}`;

const INPUT_DESCRIPTION = 'What to record: the details of the command.';

/**
 * The mutations, made from the catalogue: each takes its command's input (validated by the global
 * pipe against the input class), the command options and the request, and dispatches the command.
 * The decorators are applied as the compiler would apply them to a written-out method.
 */
function commandMutations(catalogue: readonly CommandEntry[]): Type<unknown> {
  @Resolver()
  class CommandMutations {
    constructor(readonly commands: CommandDispatcher) {}
  }
  const prototype = CommandMutations.prototype as unknown as Record<string, unknown>;
  for (const entry of catalogue) {
    const name = mutationNameOf(entry.type);
    if (name in prototype) throw new Error(`the command ${entry.type} is in the catalogue twice`);
    prototype[name] = function (
      this: CommandMutations,
      input: object,
      options: CommandOptionsArgs,
      context: RequestContext,
    ): Promise<CommandResult> {
      return this.commands.dispatch(entry.toCommand(input), options, context);
    };
    Reflect.defineMetadata('design:type', Function, prototype, name);
    Reflect.defineMetadata('design:paramtypes', [entry.input, CommandOptionsArgs, Object], prototype, name);
    Reflect.defineMetadata('design:returntype', Promise, prototype, name);
    Context()(prototype, name, 2);
    Args()(prototype, name, 1);
    Args('input', { description: INPUT_DESCRIPTION })(prototype, name, 0);
    Mutation(() => CommandResult, { description: entry.description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  }
  return CommandMutations;
}

export const CommandMutations = commandMutations(COMMAND_CATALOGUE);
