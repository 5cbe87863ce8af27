import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ITEM_KINDS, type ItemKind } from '@ledger/domain';
import { IsItemNumber, IsText } from '../platform/graphql/validation/rules';
import { AgendaItemKindEnum } from '../platform/graphql/enums/agenda-item-kind.enum';
import { AgendaReportInput } from './agenda-report.input';
import { ExemptInformationInput } from './exempt-information.input';
import { PresenterInput } from './presenter.input';

@InputType({ description: "An item of business on a meeting's agenda." })
export class AgendaItemInput {
  @Field({ description: 'The item\'s number on the agenda, unique in the meeting, e.g. "5".' })
  @IsItemNumber()
  number: string;

  @Field({ nullable: true, description: 'The running minute number the minutes print for it, when it differs, e.g. "33".' })
  @IsOptional()
  @IsItemNumber()
  minuteNumber?: string;

  @Field({
    nullable: true,
    description: 'Its number on the published agenda, when the item is cited by a different (minute) number, e.g. "8" for minute 36.',
  })
  @IsOptional()
  @IsItemNumber()
  agendaNumber?: string;

  @Field({ description: 'Its title, e.g. "Serious Organised Crime - County Lines".' })
  @IsText(500)
  title: string;

  @Field(() => AgendaItemKindEnum, { description: 'What kind of business it is, e.g. REPORT.' })
  @IsIn(ITEM_KINDS)
  kind: ItemKind;

  @Field(() => AgendaReportInput, { nullable: true, description: 'The report published with it, if any.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgendaReportInput)
  report?: AgendaReportInput;

  @Field(() => PresenterInput, { nullable: true, description: 'Who presents it, if named.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PresenterInput)
  presenter?: PresenterInput;

  @Field(() => ExemptInformationInput, { nullable: true, description: 'Present only for exempt business, with the grounds.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExemptInformationInput)
  exempt?: ExemptInformationInput;
}
