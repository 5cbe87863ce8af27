import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CalendarDateField } from '../platform/graphql/fields/string-fields';

@ArgsType()
export class DateRangePageArgs {
  @CalendarDateField({ nullable: true, description: 'From this date (YYYY-MM-DD), inclusive.' })
  from?: string;

  @CalendarDateField({ nullable: true, description: 'To this date (YYYY-MM-DD), inclusive.' })
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

  @Field(() => Int, {
    nullable: true,
    description: 'Page back instead: the last this many items before `before` (or of the whole list), 1 to 100; `first` is then not used.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  last?: number;

  @Field({ nullable: true, description: 'The startCursor of the page after; with `last`, the items before it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  before?: string;
}
