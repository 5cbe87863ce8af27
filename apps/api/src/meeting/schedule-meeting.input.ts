import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsDateTimeWithOffset, IsLedgerId } from '../platform/graphql/validation/rules';
import { ValidateOneOf } from '../shared/one-of';
import { ContactOfficerInput } from './contact-officer.input';
import { MeetingLocationInput } from './meeting-location.input';

@InputType({ description: 'Schedule a meeting of a body: this starts the record of the meeting.' })
export class ScheduleMeetingInput {
  @Field({
    description:
      "A stable id for the meeting: its body's id, a hyphen and a date, e.g. lscsb-2019-06-14 (a suffix such as -2 for a second meeting that day). Ids belong to their body.",
  })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The body meeting.' })
  @IsLedgerId()
  bodyId: string;

  @Field({
    nullable: true,
    description:
      'When it starts, with its UTC offset, e.g. 2019-06-14T10:00:00+01:00. Leave it out when only the day is known, and give heldOn.',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  startsAt?: string;

  @Field({
    nullable: true,
    description: 'The day it is held (YYYY-MM-DD), when its time is not known; with startsAt, it must be the same day.',
  })
  @IsOptional()
  @IsCalendarDate()
  heldOn?: string;

  @Field(() => MeetingLocationInput, { nullable: true, description: 'Where it is held; leave it out when not known.' })
  @IsOptional()
  @ValidateOneOf(() => MeetingLocationInput)
  location?: MeetingLocationInput;

  @Field(() => ContactOfficerInput, { nullable: true, description: 'The officer to contact about it; leave it out when not known.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactOfficerInput)
  contactOfficer?: ContactOfficerInput;
}
