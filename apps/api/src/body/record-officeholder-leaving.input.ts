import { InputType } from '@nestjs/graphql';
import type { Office } from '@ledger/domain';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { CalendarDateField, IdField, TermField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that an officeholder left office before the end of their term.' })
export class RecordOfficeholderLeavingInput {
  @IdField({ description: 'The body whose office it is.' })
  bodyId: string;

  @EnumField(OfficeEnum, { description: 'The office they left, e.g. CHAIR.' })
  office: Office;

  @TermField({ description: 'The municipal year of the office they held, e.g. 2019/20.' })
  term: string;

  @TextField(300, { description: 'The person leaving, as the minutes name them.' })
  holder: string;

  @CalendarDateField({ description: 'The date they no longer hold office from (YYYY-MM-DD).' })
  inForceFrom: string;

  @TextField(2000, { description: 'Why they left, e.g. "Stood down as a county councillor".' })
  reason: string;
}
