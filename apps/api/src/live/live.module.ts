import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { LiveEventsService } from './live-events.service';
import { LiveResolver } from './live.resolver';

@Module({ imports: [ReadModelsModule], providers: [LiveEventsService, LiveResolver] })
export class LiveModule {}
