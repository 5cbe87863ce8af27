import { Module } from '@nestjs/common';
import { PeopleModule } from '../../people/people.module';
import { ReadModelsModule } from '../../read-models/read-models.module';
import { OParlController } from './oparl.controller';
import { OParlRepository } from './oparl.repository';
import { OParlService } from './oparl.service';

@Module({
  imports: [ReadModelsModule, PeopleModule],
  controllers: [OParlController],
  providers: [OParlService, OParlRepository],
})
export class OParlModule {}
