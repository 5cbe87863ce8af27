import { Module } from '@nestjs/common';
import { LoaderFactory } from './loaders';
import { ProjectionService } from './projection.service';
import { ReadModelRepository } from './read-model.repository';
import { RecordedHistoryService } from './recorded-history.service';

@Module({
  providers: [ProjectionService, ReadModelRepository, LoaderFactory, RecordedHistoryService],
  exports: [ProjectionService, ReadModelRepository, LoaderFactory, RecordedHistoryService],
})
export class ReadModelsModule {}
