import { Module } from '@nestjs/common';
import { CommandLogHandler } from './command-log.handler';
import { CommandSenderService } from './command-sender.service';
import { ExecuteDomainCommandHandler } from './execute-domain-command.handler';

/**
 * The one command path, for the API and the CLI alike. Needs the event store under EVENT_STORE and
 * CqrsModule.forRoot() in the application; observers of outcomes handle CommandHandled and CommandFailed.
 */
@Module({
  providers: [ExecuteDomainCommandHandler, CommandLogHandler, CommandSenderService],
  exports: [CommandSenderService],
})
export class CommandBusModule {}
