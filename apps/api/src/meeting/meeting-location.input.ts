import { InputType } from '@nestjs/graphql';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Where a meeting is held. Set exactly one field: venue or onlinePlatform.' })
export class MeetingLocationInput {
  @TextField(500, { nullable: true, description: 'The room and building, e.g. Sparkenhoe Committee Room, County Hall, Glenfield.' })
  venue?: string;

  @TextField(100, { nullable: true, description: 'The platform of a virtual meeting, e.g. Microsoft Teams.' })
  onlinePlatform?: string;
}
