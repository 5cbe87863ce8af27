import { Module } from '@nestjs/common';
import { CommandDispatcher } from './command-dispatcher.service';
import { ExecuteDomainCommandHandler } from './execute-domain-command.handler';

@Module({
  providers: [ExecuteDomainCommandHandler, CommandDispatcher],
  exports: [CommandDispatcher],
})
export class CommandsModule {}
