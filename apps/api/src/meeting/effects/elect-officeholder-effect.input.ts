import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsCalendarDate, IsTerm, IsText } from '../../platform/graphql/validation/rules';
import { OfficeEnum } from '../../platform/graphql/enums/office.enum';

@InputType({ description: 'The decision elects someone to an office of the body for a municipal year.' })
export class ElectOfficeholderEffectInput {
  @Field(() => OfficeEnum, { description: 'The office, e.g. CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'The person elected, as the minutes name them.' })
  @IsText(300)
  holder: string;

  @Field({ nullable: true, description: 'The date it is in force from (YYYY-MM-DD); defaults to the day of the meeting.' })
  @IsOptional()
  @IsCalendarDate()
  inForceFrom?: string;
}
