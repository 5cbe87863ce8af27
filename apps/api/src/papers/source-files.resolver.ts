import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Meeting } from '../meeting/meeting.model';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { SourceFile } from './source-file.model';

@Resolver(() => Meeting)
export class MeetingSourceFilesResolver {
  constructor(private readonly repository: ReadModelRepository) {}

  @ResolveField(() => [SourceFile], { description: 'The pages the meeting was imported from; empty when it was recorded otherwise.' })
  sourceFiles(@Parent() meeting: Meeting): Promise<SourceFile[]> {
    return this.repository.sourceFilesOf(meeting.meetingId);
  }
}
