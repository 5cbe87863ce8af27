import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsTerm, IsText } from '../platform/graphql/validation/rules';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';

@InputType({ description: 'Record that an officeholder left office before the end of their term.' })
export class RecordOfficeholderLeavingInput {
  @Field({ description: 'The body whose office it is.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => OfficeEnum, { description: 'The office they left, e.g. CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of the office they held, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'The person leaving, as the minutes name them.' })
  @IsText(300)
  holder: string;

  @Field({ description: 'The date they no longer hold office from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field({ description: 'Why they left, e.g. "Stood down as a county councillor".' })
  @IsText(2000)
  reason: string;
}
