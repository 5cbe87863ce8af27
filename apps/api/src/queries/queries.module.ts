import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { BodyResolver } from '../body/body.resolver';
import { DecisionRegisterResolver } from '../decisions/decision-register.resolver';
import { FollowUpsResolver } from '../follow-up/follow-ups.resolver';
import { BodyMeetingsResolver, MeetingResolver } from '../meeting/meeting.resolver';
import { DecisionLinkResolver, ResolutionPartResolver } from '../shared/decision-link.resolver';
import { PapersResolver } from '../papers/papers.resolver';
import { MeetingSourceFilesResolver } from '../papers/source-files.resolver';
import { MinuteSearchRepository } from '../search/minute-search.repository';
import { MinuteSearchResolver } from '../search/minute-search.resolver';
import { AgendaItemCitationResolver, DecisionCitationResolver, ResolutionPartCitationResolver } from '../shared/citation.resolver';

@Module({
  imports: [ReadModelsModule],
  providers: [
    BodyResolver,
    BodyMeetingsResolver,
    MeetingResolver,
    DecisionLinkResolver,
    ResolutionPartResolver,
    DecisionRegisterResolver,
    FollowUpsResolver,
    AgendaItemCitationResolver,
    ResolutionPartCitationResolver,
    DecisionCitationResolver,
    PapersResolver,
    MeetingSourceFilesResolver,
    MinuteSearchRepository,
    MinuteSearchResolver,
  ],
})
export class QueriesModule {}
