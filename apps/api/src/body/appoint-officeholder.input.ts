import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsLedgerId, IsTerm, IsText } from '../platform/graphql/validation/rules';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';

@InputType({ description: "Record that someone was appointed to an office other than by the board's election." })
export class AppointOfficeholderInput {
  @Field({ description: 'The body whose office it is.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => OfficeEnum, { description: 'The office, e.g. CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'The person appointed, as the minutes name them.' })
  @IsText(300)
  holder: string;

  @Field({ description: 'The date they hold office from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field({ description: 'Who appointed them, e.g. "Leicestershire County Council, as lead authority".' })
  @IsText(300)
  appointedBy: string;
}
