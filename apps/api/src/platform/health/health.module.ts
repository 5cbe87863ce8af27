import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { SampleDataModule } from '../../sample-data/sample-data.module';
import { HealthController } from './health.controller';
import { ProjectionLagService } from './projection-lag.service';

@Module({
  imports: [ReadModelsModule, SampleDataModule],
  controllers: [HealthController],
  providers: [ProjectionLagService],
  exports: [ProjectionLagService],
})
export class HealthModule {}
