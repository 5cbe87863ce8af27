import { InputType } from '@nestjs/graphql';
import { ContactOfficerInput } from './contact-officer.input';
import { MeetingLocationInput } from './meeting-location.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, DateTimeField, IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Schedule a meeting of a body: this starts the record of the meeting.' })
export class ScheduleMeetingInput {
  @IdField({
    description:
      "A stable id for the meeting: its body's id, a hyphen and a date, e.g. lscsb-2019-06-14 (a suffix such as -2 for a second meeting that day). Ids belong to their body.",
  })
  meetingId: string;

  @IdField({ description: 'The body meeting.' })
  bodyId: string;

  @DateTimeField({
    nullable: true,
    description:
      'When it starts, with its UTC offset, e.g. 2019-06-14T10:00:00+01:00. Leave it out when only the day is known, and give heldOn.',
  })
  startsAt?: string;

  @CalendarDateField({
    nullable: true,
    description: 'The day it is held (YYYY-MM-DD), when its time is not known; with startsAt, it must be the same day.',
  })
  heldOn?: string;

  @NestedField(() => MeetingLocationInput, { nullable: true, oneOf: true, description: 'Where it is held; leave it out when not known.' })
  location?: MeetingLocationInput;

  @NestedField(() => ContactOfficerInput, { nullable: true, description: 'The officer to contact about it; leave it out when not known.' })
  contactOfficer?: ContactOfficerInput;
}
