import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'A person at (or sending apologies to) a meeting, as the minutes list them.' })
export class AttendeeInput {
  @Field({ description: 'Their name as printed, e.g. Mr. J. T. Orson JP CC.' })
  @IsText(300)
  name: string;

  @Field({ nullable: true, description: 'Their role, e.g. Chairman.' })
  @IsOptional()
  @IsText(300)
  role?: string;

  @Field({ nullable: true, description: 'The organisation they represent, e.g. Melton Borough Council.' })
  @IsOptional()
  @IsText(300)
  organisation?: string;
}
