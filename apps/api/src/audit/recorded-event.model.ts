import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';
import { StreamRevisionScalar } from '../platform/graphql/stream-revision.scalar';

@ObjectType({ description: 'An event exactly as recorded in the log, with all its metadata.' })
export class RecordedEventView {
  @Field(() => ID, { description: 'The event id.' })
  id: string;

  @Field({ description: 'The event type, e.g. ResolutionPassed.' })
  type: string;

  @Field(() => ID, { description: 'The stream it belongs to.' })
  streamId: string;

  @Field(() => StreamRevisionScalar, { description: 'Its revision in the stream, from 0.' })
  revision: bigint;

  @Field(() => GlobalPositionScalar, { description: 'Its position in the global log.' })
  position: bigint;

  @Field(() => GraphQLISODateTime, { description: 'When the ledger recorded it (transaction time).' })
  recordedAt: Date;

  @Field(() => GraphQLJSONObject, { description: 'The event data as stored (before any upcasting).' })
  data: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'Command id, correlation id, causation id, recorded by, source, schema version and provenance.',
  })
  metadata: Record<string, unknown>;
}
