import { Module } from '@nestjs/common';
import { CommandBusModule } from '@ledger/command-bus';
import { ProcessManagerResolver } from './process-manager.resolver';
import { ProcessManagerService } from './process-manager.service';

@Module({ imports: [CommandBusModule], providers: [ProcessManagerService, ProcessManagerResolver], exports: [ProcessManagerService] })
export class ProcessManagerModule {}
