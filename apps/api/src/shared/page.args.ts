import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../platform/graphql/validation/rules';

@ArgsType()
export class DateRangePageArgs {
  @Field({ nullable: true, description: 'From this date (YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'To this date (YYYY-MM-DD), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}
