import { Module } from '@nestjs/common';
import { ProcessManagerResolver } from './process-manager.resolver';
import { ProcessManagerService } from './process-manager.service';

@Module({ providers: [ProcessManagerService, ProcessManagerResolver], exports: [ProcessManagerService] })
export class ProcessManagerModule {}
