import { InputType } from '@nestjs/graphql';
import type { ItemKind } from '@ledger/domain';
import { AgendaItemKindEnum } from '../platform/graphql/enums/agenda-item-kind.enum';
import { AgendaReportInput } from './agenda-report.input';
import { ExemptInformationInput } from './exempt-information.input';
import { PresenterInput } from './presenter.input';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { ItemNumberField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: "An item of business on a meeting's agenda." })
export class AgendaItemInput {
  @ItemNumberField({ description: 'The item\'s number on the agenda, unique in the meeting, e.g. "5".' })
  number: string;

  @ItemNumberField({ nullable: true, description: 'The running minute number the minutes print for it, when it differs, e.g. "33".' })
  minuteNumber?: string;

  @ItemNumberField({
    nullable: true,
    description: 'Its number on the published agenda, when the item is cited by a different (minute) number, e.g. "8" for minute 36.',
  })
  agendaNumber?: string;

  @TextField(500, { description: 'Its title, e.g. "Serious Organised Crime - County Lines".' })
  title: string;

  @EnumField(AgendaItemKindEnum, { description: 'What kind of business it is, e.g. REPORT.' })
  kind: ItemKind;

  @NestedField(() => AgendaReportInput, { nullable: true, description: 'The report published with it, if any.' })
  report?: AgendaReportInput;

  @NestedField(() => PresenterInput, { nullable: true, description: 'Who presents it, if named.' })
  presenter?: PresenterInput;

  @NestedField(() => ExemptInformationInput, { nullable: true, description: 'Present only for exempt business, with the grounds.' })
  exempt?: ExemptInformationInput;
}
