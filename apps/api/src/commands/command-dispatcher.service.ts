import { Injectable } from '@nestjs/common';
import { mayRecord } from '@ledger/auth';
import { forbidden } from '../auth/caller-of';
import { CommandBus } from '@nestjs/cqrs';
import type { DomainCommand } from '@ledger/domain';
import type { RequestContext } from '../graphql/request-context';
import type { CommandOptionsArgs } from './command-options.args';
import type { CommandResult } from './command-result.model';
import { ExecuteDomainCommand } from './execute-domain-command.command';

/** What the mutation resolvers call: wraps a domain command with who sent it and why, and sends it. */
@Injectable()
export class CommandDispatcher {
  constructor(private readonly commandBus: CommandBus) {}

  async dispatch(command: DomainCommand, options: CommandOptionsArgs, context: RequestContext): Promise<CommandResult> {
    const { caller } = context;
    if (!mayRecord(caller)) {
      throw forbidden(
        caller.role === 'public'
          ? 'Recording needs a clerk\'s token: send "Authorization: Bearer <token>"'
          : `A ${caller.role} may read but not record; recording needs a clerk's or admin's token`,
      );
    }
    const result = await this.commandBus.execute(
      new ExecuteDomainCommand({
        command,
        commandId: options.commandId,
        expectedRevision: options.expectedRevision,
        correlationId: context.correlationId,
        principal: { id: caller.id, role: caller.role },
        ...(caller.role === 'clerk' && caller.bodies && { bodyScope: caller.bodies }),
        source: 'graphql',
      }),
    );
    return {
      ...result,
      events: result.events.map(({ id, type }) => ({ id, type })),
      correlationId: context.correlationId,
    };
  }
}
