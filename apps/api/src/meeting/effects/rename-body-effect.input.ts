import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsText } from '../../platform/graphql/validation/rules';

@InputType({ description: 'The decision renames the body.' })
export class RenameBodyEffectInput {
  @Field({ description: 'Its new full name.' })
  @IsText(300)
  name: string;

  @Field({ description: 'Its new short name, e.g. LRSCSB.' })
  @IsText(40)
  shortName: string;

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
