import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsTerm } from '../platform/graphql/validation/rules';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';

/** What electing and appointing an officeholder both record: which office of which body, for which year, from when. */
@InputType({ isAbstract: true })
export abstract class TakingOfficeInput {
  @Field({ description: 'The body whose office it is.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => OfficeEnum, { description: 'The office, e.g. CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'The date they hold office from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;
}
