import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { OFFICES, type Office } from '@ledger/domain';
import { IsTerm, IsText } from '../../platform/graphql/validation/rules';
import { OfficeEnum } from '../../platform/graphql/enums/office.enum';

@InputType({ description: 'The decision leaves an office of the body unfilled for a term (a deferred election).' })
export class LeaveOfficeVacantEffectInput {
  @Field(() => OfficeEnum, { description: 'The office, e.g. DEPUTY_CHAIR.' })
  @IsIn(OFFICES)
  office: Office;

  @Field({ description: 'The municipal year of office, e.g. 2019/20.' })
  @IsTerm()
  term: string;

  @Field({ description: 'Why, as the minutes say.' })
  @IsText(2000)
  reason: string;
}
