import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandResult } from '@ledger/write-side';
import type { CommandOrigin } from './command-origin';

/** Every domain command, from every origin, travels the command bus in this envelope to the one write-path handler. */
export class ExecuteDomainCommand extends Command<CommandResult> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly origin: CommandOrigin,
  ) {
    super();
  }
}
