import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Where a meeting is held. Set exactly one field: venue or onlinePlatform.' })
export class MeetingLocationInput {
  @Field({ nullable: true, description: 'The room and building, e.g. Sparkenhoe Committee Room, County Hall, Glenfield.' })
  @IsOptional()
  @IsText(500)
  venue?: string;

  @Field({ nullable: true, description: 'The platform of a virtual meeting, e.g. Microsoft Teams.' })
  @IsOptional()
  @IsText(100)
  onlinePlatform?: string;
}
