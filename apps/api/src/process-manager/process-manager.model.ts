import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GlobalPositionScalar } from '../platform/graphql/global-position.scalar';

@ObjectType({ description: 'An effect of a decision that kept failing and waits for a person to look at it.' })
export class ParkedEffect {
  @Field(() => ID, { description: 'The event whose effect failed (a ResolutionPassed, say).' })
  eventId: string;

  @Field({ description: 'The type of that event.' })
  eventType: string;

  @Field(() => ID, { description: 'The stream of that event.' })
  eventStreamId: string;

  @Field(() => GlobalPositionScalar, { description: 'The global position of that event.' })
  eventPosition: bigint;

  @Field({ description: 'Which effect of the event: meeting:item:part:n.' })
  commandKey: string;

  @Field(() => ID, { description: 'The id the command would be recorded under; retrying it is safe.' })
  commandId: string;

  @Field(() => GraphQLJSONObject, { description: 'The command that failed.' })
  command: object;

  @Field({ nullable: true, description: 'The error code of the last failure, e.g. AGGREGATE_NOT_FOUND.' })
  errorCode?: string;

  @Field({ description: 'The error message of the last failure.' })
  errorMessage: string;

  @Field(() => Int, { description: 'How many times it was tried.' })
  attempts: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was parked.' })
  parkedAt?: Date;
}

@ObjectType({ description: 'The process manager that carries out what resolutions decided.' })
export class ProcessManagerStatus {
  @Field(() => GlobalPositionScalar, {
    nullable: true,
    description: 'The global position it has handled up to; null before its first event.',
  })
  checkpoint?: bigint;

  @Field(() => [ParkedEffect], { description: 'Effects it gave up on after repeated failures.' })
  parkedEffects: ParkedEffect[];
}
