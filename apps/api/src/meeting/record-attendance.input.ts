import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { AttendeeInput } from './attendee.input';

@InputType({ description: 'Record who was present, who sent apologies and who else attended.' })
export class RecordAttendanceInput extends AtTheMeetingInput {
  @Field(() => [AttendeeInput], { description: 'Members present (up to 200).' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendeeInput)
  present: AttendeeInput[];

  @Field(() => [AttendeeInput], { description: 'Members who sent apologies (up to 200); empty when none.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendeeInput)
  apologies: AttendeeInput[];

  @Field(() => [AttendeeInput], {
    nullable: true,
    description: 'Officers and guests in attendance who are not members (up to 200).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendeeInput)
  inAttendance?: AttendeeInput[];
}
