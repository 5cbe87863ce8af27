import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { type CommandResult, executeCommand } from '@ledger/write-side';
import { CommandFailed, CommandHandled } from './command-outcome.events';
import { ExecuteDomainCommand } from './execute-domain-command.command';

/** The one write path: decides and appends, then tells the observers (metrics, the log) what became of the command. */
@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly events: EventBus,
  ) {}

  async execute({ envelope, origin }: ExecuteDomainCommand): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await executeCommand(this.store, envelope);
    } catch (error) {
      this.events.publish(new CommandFailed(envelope, origin, error));
      throw error;
    }
    this.events.publish(new CommandHandled(envelope, origin, result));
    return result;
  }
}
