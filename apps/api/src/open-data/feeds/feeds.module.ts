import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { BodyFeedsService } from './body-feeds.service';
import { FeedsController } from './feeds.controller';

/** Atom, iCalendar, CSV and JSON of a body's record under /feeds/, for people without a GraphQL client. */
@Module({ imports: [ReadModelsModule], controllers: [FeedsController], providers: [BodyFeedsService] })
export class FeedsModule {}
