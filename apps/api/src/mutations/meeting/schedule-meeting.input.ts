import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsDateTimeWithOffset, IsLedgerId } from '../../graphql/validation/rules';
import { ValidateOneOf } from '../shared/one-of';
import { ContactOfficerInput } from './contact-officer.input';
import { MeetingLocationInput } from './meeting-location.input';

@InputType({ description: 'Schedule a meeting of a body: this starts the record of the meeting.' })
export class ScheduleMeetingInput {
  @Field({ description: 'A stable id for the meeting, e.g. lscsb-2019-06-14.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The body meeting.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'When it starts, with its UTC offset, e.g. 2019-06-14T10:00:00+01:00.' })
  @IsDateTimeWithOffset()
  startsAt: string;

  @Field(() => MeetingLocationInput, { description: 'Where it is held.' })
  @ValidateOneOf(() => MeetingLocationInput)
  location: MeetingLocationInput;

  @Field(() => ContactOfficerInput, { description: 'The officer to contact about it.' })
  @ValidateNested()
  @Type(() => ContactOfficerInput)
  contactOfficer: ContactOfficerInput;
}
