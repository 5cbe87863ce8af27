import { heldOn, isConfidentialText, type ScheduledMeeting } from '@ledger/domain';
import { itemIdOf } from '../shared/citation';
import type { Paper } from './paper.model';

/**
 * The reports a meeting's items considered. The public does not see the report of an item whose
 * minute is confidential (Schedule 12A), as the meeting's own page does not show it.
 */
export function papersOf(meeting: ScheduledMeeting, seesExempt: boolean): Paper[] {
  return meeting.items.flatMap((item): Paper[] => {
    if (!item.report || item.withdrawn) return [];
    if (!seesExempt && isConfidentialText(meeting, item.number, 'minute')) return [];
    const itemId = itemIdOf({ meetingId: meeting.meetingId, number: item.number });
    return [
      {
        paperId: `${itemId}/paper`,
        title: item.report.title,
        sizeKb: item.report.sizeKb,
        author: item.report.author,
        meetingId: meeting.meetingId,
        bodyId: meeting.bodyId,
        heldOn: heldOn(meeting),
        itemNumber: item.number,
        itemId,
        itemTitle: item.title,
        agendaItemLabel: `Agenda Item ${item.agendaNumber ?? item.number}`,
        listedPresenter: item.presenter && { ...item.presenter },
        presentedBy: meeting.presenters?.[item.number]?.presentedBy.map((person) => ({ ...person })),
        meeting,
      },
    ];
  });
}
