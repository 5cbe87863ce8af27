import { Field, InputType } from '@nestjs/graphql';
import { IsDateTimeWithOffset, IsLedgerId } from '../../graphql/validation/rules';

/**
 * What every record of business done at a meeting carries. `recordedAt` is sent by the client rather
 * than taken from the server's clock because it is part of the command: a retry with the same
 * commandId must be the same command, which a fresh server time would not be.
 */
@InputType({ isAbstract: true })
export abstract class AtTheMeetingInput {
  @Field({ description: 'The meeting the business was done at.' })
  @IsLedgerId()
  meetingId: string;

  @Field({
    description:
      'When this is being recorded (normally now), with its UTC offset. Business cannot be recorded as done at a meeting before it starts.',
  })
  @IsDateTimeWithOffset()
  recordedAt: string;
}
