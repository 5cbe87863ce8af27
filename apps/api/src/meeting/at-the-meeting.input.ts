import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { DateTimeField, IdField } from '../platform/graphql/fields/string-fields';

/**
 * What every record of business done at a meeting carries. `recordedAt` is sent by the client rather
 * than taken from the server's clock because it is part of the command: a retry with the same
 * commandId must be the same command, which a fresh server time would not be.
 */
@InputType({ isAbstract: true })
export abstract class AtTheMeetingInput {
  @IdField({ description: 'The meeting the business was done at.' })
  meetingId: string;

  @DateTimeField({
    description:
      'When this is being recorded (normally now), with its UTC offset. Business cannot be recorded as done at a meeting before it starts.',
  })
  recordedAt: string;
}

/** A text of the minutes recorded at a meeting: its visibility depends on whether its source had published it. */
@InputType({ isAbstract: true })
export abstract class MinutesTextInput extends AtTheMeetingInput {
  @Field({
    nullable: true,
    description:
      'True when the text was already published where it came from (a public minutes page): then it is public even under an exempt item. Otherwise what is recorded of an exempt item is confidential.',
  })
  @IsOptional()
  @IsBoolean()
  publishedAtSource?: boolean;
}
