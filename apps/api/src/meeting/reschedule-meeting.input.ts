import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsDateTimeWithOffset, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { ValidateOneOf } from '../shared/one-of';
import { MeetingLocationInput } from './meeting-location.input';

@InputType({ description: 'Move a meeting that has not yet been held to another time or place.' })
export class RescheduleMeetingInput {
  @Field({ description: 'The meeting moved.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'When it now starts, with its UTC offset.' })
  @IsDateTimeWithOffset()
  startsAt: string;

  @Field(() => MeetingLocationInput, {
    nullable: true,
    description: 'Where it is now held; omitted when the place is unchanged.',
  })
  @IsOptional()
  @ValidateOneOf(() => MeetingLocationInput)
  location?: MeetingLocationInput;

  @Field({ description: 'Why it moved, e.g. "Clash with Cabinet".' })
  @IsText(2000)
  reason: string;
}
