import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { type CommandResult, executeCommand } from '@ledger/write-side';
import { CommandMetrics } from '../metrics/command-metrics.service';
import { ExecuteDomainCommand } from './execute-domain-command.command';

@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand> {
  private readonly logger = new Logger('Commands');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly metrics?: CommandMetrics,
  ) {}

  async execute({ envelope }: ExecuteDomainCommand): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await executeCommand(this.store, envelope);
    } catch (error) {
      // Logged with its correlation id by GraphQLExceptionFilter, which answers the client.
      this.metrics?.refused(envelope.command.type, error);
      throw error;
    }
    this.metrics?.handled(envelope.command.type, result);
    this.logger.log({
      message: result.alreadyRecorded ? 'command already recorded' : 'command recorded',
      commandType: envelope.command.type,
      commandId: result.commandId,
      correlationId: envelope.correlationId,
      streamId: result.streamId,
      revision: result.revision?.toString(),
      position: result.position?.toString(),
      source: envelope.source,
    });
    return result;
  }
}
