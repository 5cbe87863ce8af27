import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ScheduledMeeting } from '@ledger/domain';
import { PresenterView } from '../meeting/meeting.model';
import { ListConnectionOf } from '../shared/list-connection';

@ObjectType({
  description:
    'A report an item of business considered, as the agenda lists it ("Health and Wellbeing Board. PDF 448 KB"), with the item that considered it.',
})
export class Paper {
  @Field(() => ID, { description: 'A stable id: the item that considered it and "paper", e.g. lscsb-2018-12-10/33/paper.' })
  paperId: string;
  @Field({ description: 'The title as the agenda prints it.' }) title: string;
  @Field(() => Int, { nullable: true, description: 'Its size as printed, in kilobytes; null when none was printed.' }) sizeKb?: number;
  @Field({
    nullable: true,
    description:
      'Who wrote it, as the minutes print them ("considered a report of the Director of Public Health"); null where they do not say. Not who presented it (see presentedBy).',
  })
  author?: string;
  @Field(() => ID, { description: 'The meeting that considered it.' }) meetingId: string;
  @Field(() => ID, { description: 'The body whose meeting it was.' }) bodyId: string;
  @Field({ description: 'The day of that meeting (YYYY-MM-DD).' }) heldOn: string;
  @Field({ description: 'The item that considered it.' }) itemNumber: string;
  @Field(() => ID, { description: 'The id of that item (AgendaItem.itemId).' }) itemId: string;
  @Field({ description: "The item's title." }) itemTitle: string;
  @Field({ description: 'The item as the published agenda labels it, e.g. "Agenda Item 8".' }) agendaItemLabel: string;
  @Field(() => PresenterView, { nullable: true, description: 'Who the agenda listed to present it; null when the agenda names nobody.' })
  listedPresenter?: PresenterView;
  @Field(() => [PresenterView], {
    nullable: true,
    description: 'Who presented it, as the minutes record; null when the minutes do not say.',
  })
  presentedBy?: PresenterView[];

  meeting: ScheduledMeeting;
}

export const PaperConnection = ListConnectionOf(Paper, 'PaperConnection', "Reports a body's meetings considered, oldest first.");
