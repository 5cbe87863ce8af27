import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { PeopleDirectory } from './people-directory';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PERSON_LINK_RESOLVERS } from './person-links.resolver';

/** People: who the records name, and who is who. */
@Module({
  imports: [ReadModelsModule],
  providers: [PeopleRepository, PeopleDirectory, PeopleResolver, ...PERSON_LINK_RESOLVERS],
})
export class PeopleModule {}
