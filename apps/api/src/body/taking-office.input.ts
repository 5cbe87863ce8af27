import { InputType } from '@nestjs/graphql';
import type { Office } from '@ledger/domain';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { CalendarDateField, IdField, TermField } from '../platform/graphql/fields/string-fields';

/** What electing and appointing an officeholder both record: which office of which body, for which year, from when. */
@InputType({ isAbstract: true })
export abstract class TakingOfficeInput {
  @IdField({ description: 'The body whose office it is.' })
  bodyId: string;

  @EnumField(OfficeEnum, { description: 'The office, e.g. CHAIR.' })
  office: Office;

  @TermField({ description: 'The municipal year of office, e.g. 2019/20.' })
  term: string;

  @CalendarDateField({ description: 'The date they hold office from (YYYY-MM-DD).' })
  inForceFrom: string;
}
