import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';
import { StreamRevisionScalar } from '../platform/graphql/stream-revision.scalar';

@ObjectType({ description: 'An event a command wrote.' })
export class WrittenEvent {
  @Field(() => ID, { description: 'The event id (derived from the command id, so a retry names the same events).' })
  id: string;

  @Field({ description: 'The event type, e.g. MemberOrganisationAdmitted.' })
  type: string;
}

@ObjectType({
  description: "What a mutation recorded. Pass `position` to a query's `waitForPosition` to read your own write.",
})
export class CommandResult {
  @Field(() => ID, { description: 'The command id: the one sent, or the one chosen when none was sent.' })
  commandId: string;

  @Field(() => ID, { description: 'The stream written to, e.g. body-lscsb.' })
  streamId: string;

  @Field(() => StreamRevisionScalar, {
    nullable: true,
    description: "The stream's revision after the command: the expectedRevision for the next command on it.",
  })
  revision?: bigint;

  @Field(() => GlobalPositionScalar, {
    nullable: true,
    description: 'The global position of the last event written; null when the command changed nothing.',
  })
  position?: bigint;

  @Field(() => [WrittenEvent], { description: 'The events written, in order.' })
  events: WrittenEvent[];

  @Field({ description: 'True when this command id was already recorded: the first result is returned and nothing new is written.' })
  alreadyRecorded: boolean;

  @Field(() => ID, { description: 'The correlation id of this request, also in the server log.' })
  correlationId: string;
}
