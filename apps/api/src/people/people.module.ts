import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { PeopleDirectory } from './people-directory';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PERSON_LINK_RESOLVERS } from './person-links.resolver';
import { MembershipRepresentativesResolver, PersonOrganisationsResolver } from './representation.resolver';

/** People: who the records name, and who is who. */
@Module({
  imports: [ReadModelsModule],
  providers: [
    PeopleRepository,
    PeopleDirectory,
    PeopleResolver,
    MembershipRepresentativesResolver,
    PersonOrganisationsResolver,
    ...PERSON_LINK_RESOLVERS,
  ],
  exports: [PeopleRepository, PeopleDirectory],
})
export class PeopleModule {}
