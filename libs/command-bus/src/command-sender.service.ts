import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandResult, CommandSender } from '@ledger/write-side';
import type { CommandOrigin } from './command-origin';
import { ExecuteDomainCommand } from './execute-domain-command.command';

/** Puts a command on the bus; `from(origin)` gives the plain function the importer and the process manager take. */
@Injectable()
export class CommandSenderService {
  constructor(private readonly bus: CommandBus) {}

  send(envelope: CommandEnvelope, origin: CommandOrigin): Promise<CommandResult> {
    return this.bus.execute(new ExecuteDomainCommand(envelope, origin));
  }

  from(origin: CommandOrigin): CommandSender {
    return (envelope) => this.send(envelope, origin);
  }
}
