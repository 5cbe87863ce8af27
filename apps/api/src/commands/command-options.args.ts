import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { StreamRevisionScalar } from '../platform/graphql/stream-revision.scalar';

/** The arguments every mutation takes beside its input. */
@ArgsType()
export class CommandOptionsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID chosen by the client. Sending the same command again with the same id returns the first result and records nothing new.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'commandId must be a UUID' })
  commandId?: string;

  @Field(() => StreamRevisionScalar, {
    nullable: true,
    description:
      'The revision the client last saw of the stream it writes to. When given and the stream has moved on, the mutation answers CONFLICT and records nothing; when omitted, the server retries a lost race itself.',
  })
  @IsOptional()
  expectedRevision?: bigint;
}
