import { InputType } from '@nestjs/graphql';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { AttendeeInput } from './attendee.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';

@InputType({ description: 'Record who was present, who sent apologies and who else attended.' })
export class RecordAttendanceInput extends AtTheMeetingInput {
  @NestedListField(() => AttendeeInput, { maxItems: 200, description: 'Members present (up to 200).' })
  present: AttendeeInput[];

  @NestedListField(() => AttendeeInput, { maxItems: 200, description: 'Members who sent apologies (up to 200); empty when none.' })
  apologies: AttendeeInput[];

  @NestedListField(() => AttendeeInput, {
    nullable: true,
    maxItems: 200,
    description: 'Officers and guests in attendance who are not members (up to 200).',
  })
  inAttendance?: AttendeeInput[];
}
