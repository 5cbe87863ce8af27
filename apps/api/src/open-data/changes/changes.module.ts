import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { ChangesRepository } from './changes.repository';
import { ChangesResolver } from './changes.resolver';

/** The public change feed: which records changed, for mirrors that keep in step without the audit trail. */
@Module({ imports: [ReadModelsModule], providers: [ChangesResolver, ChangesRepository] })
export class ChangesModule {}
