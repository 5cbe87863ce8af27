import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsArray, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { PASSAGE_KINDS } from '@ledger/projections';
import { CalendarDateField } from '../platform/graphql/fields/string-fields';
import { Trimmed } from '../platform/graphql/validation/rules';
import { ListPageArgs } from '../shared/list-connection';
import { PassageKindEnum } from './minute-search.model';

@ArgsType()
export class MinuteSearchArgs extends ListPageArgs {
  @Field({
    description:
      'The words to find (PostgreSQL web search: words all present, "quoted phrases", or, -not), in any form (report, reported).',
  })
  @Trimmed()
  @IsNotEmpty()
  @MaxLength(200)
  words: string;

  @Field(() => ID, { nullable: true, description: "Only this body's minutes; every body's when omitted." })
  @IsOptional()
  bodyId?: string;

  @CalendarDateField({ nullable: true, description: 'Only meetings from this date (YYYY-MM-DD), inclusive.' })
  from?: string;

  @CalendarDateField({ nullable: true, description: 'Only meetings to this date (YYYY-MM-DD), inclusive.' })
  to?: string;

  @Field(() => [PassageKindEnum], { nullable: true, description: 'Only passages of these kinds; all when omitted.' })
  @IsOptional()
  @IsArray()
  @IsIn(PASSAGE_KINDS, { each: true })
  kinds?: string[];
}
