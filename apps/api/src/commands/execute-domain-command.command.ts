import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandResult } from '@ledger/write-side';

/** Every domain command travels the command bus in this envelope, to the one write-path handler. */
export class ExecuteDomainCommand extends Command<CommandResult> {
  constructor(readonly envelope: CommandEnvelope) {
    super();
  }
}
