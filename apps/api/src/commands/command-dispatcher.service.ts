import { Injectable } from '@nestjs/common';
import { mayRecord } from '@ledger/auth';
import { forbidden } from '../platform/auth/caller-of';
import { CommandSenderService } from '@ledger/command-bus';
import type { DomainCommand } from '@ledger/domain';
import type { RequestContext } from '../platform/graphql/request-context';
import type { CommandOptionsArgs } from './command-options.args';
import type { CommandResult } from './command-result.model';

/** What the mutation resolvers call: checks the caller may record, wraps the command with who sent it and why, and sends it down the command bus. */
@Injectable()
export class CommandDispatcher {
  constructor(private readonly commands: CommandSenderService) {}

  async dispatch(command: DomainCommand, options: CommandOptionsArgs, context: RequestContext): Promise<CommandResult> {
    const { caller } = context;
    if (!mayRecord(caller)) {
      throw forbidden(
        caller.role === 'public'
          ? 'Recording needs a clerk\'s token: send "Authorization: Bearer <token>"'
          : `A ${caller.role} may read but not record; recording needs a clerk's or admin's token`,
      );
    }
    const result = await this.commands.send(
      {
        command,
        commandId: options.commandId,
        expectedRevision: options.expectedRevision,
        correlationId: context.correlationId,
        principal: { id: caller.id, role: caller.role },
        ...(caller.role === 'clerk' && caller.bodies && { bodyScope: caller.bodies }),
        source: 'graphql',
      },
      'graphql',
    );
    return {
      ...result,
      events: result.events.map(({ id, type }) => ({ id, type })),
      correlationId: context.correlationId,
    };
  }
}
