import { Module } from '@nestjs/common';
import { CommandBusModule } from '@ledger/command-bus';
import { CommandDispatcher } from './command-dispatcher.service';

@Module({
  imports: [CommandBusModule],
  providers: [CommandDispatcher],
  exports: [CommandDispatcher],
})
export class CommandsModule {}
