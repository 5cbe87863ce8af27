import { Module } from '@nestjs/common';
import { CommandBusModule } from '@ledger/command-bus';
import { ProcessManagerModule } from '../process-manager/process-manager.module';
import { SampleMinutesService } from './sample-minutes.service';

@Module({ imports: [CommandBusModule, ProcessManagerModule], providers: [SampleMinutesService], exports: [SampleMinutesService] })
export class SampleDataModule {}
