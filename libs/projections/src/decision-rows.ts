import type { MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn, isConfidentialText } from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';
import { type DerivedTable, updateDerivedRows } from './derived-rows';

/** Every resolution part of a meeting as a row of the decision register. */
export function decisionRows(meeting: ScheduledMeeting) {
  const itemOrder = new Map(meeting.items.map((item, index) => [item.number, index]));
  return Object.entries(meeting.resolutions).flatMap(([itemNumber, parts]) => {
    const item = meeting.items.find((candidate) => candidate.number === itemNumber);
    return parts.map((part, partOrder) => ({
      meeting_id: meeting.meetingId,
      item_number: itemNumber,
      part: part.label ?? '',
      item_order: itemOrder.get(itemNumber) ?? 0,
      part_order: partOrder,
      body_id: meeting.bodyId,
      held_on: heldOn(meeting),
      item_title: item?.title ?? '',
      // The number a clerk cites: the printed minute number where it differs from the item's number.
      minute_number: item?.minuteNumber ?? itemNumber,
      decision_kind: part.kind,
      text: part.text,
      // The register's public view leaves out what is confidential; a published exempt text is public.
      exempt: isConfidentialText(meeting, itemNumber, 'resolution'),
    }));
  });
}

type DecisionRow = ReturnType<typeof decisionRows>[number];

const DECISIONS: DerivedTable<DecisionRow> = {
  table: 'decisions',
  columnTypes: {
    meeting_id: 'text',
    item_number: 'text',
    part: 'text',
    item_order: 'integer',
    part_order: 'integer',
    body_id: 'text',
    held_on: 'date',
    item_title: 'text',
    minute_number: 'text',
    decision_kind: 'text',
    text: 'text',
    exempt: 'boolean',
  },
  key: ['meeting_id', 'item_number', 'part'],
};

/** The decision register's rows, brought from what the meetings' previous states implied to what their new states imply. */
export function updateDecisionRows(
  sql: SqlExecutor,
  schema: string,
  meetings: readonly { readonly before: MeetingState; readonly after: MeetingState }[],
): Promise<void> {
  return updateDerivedRows(sql, schema, DECISIONS, meetings, (meeting) =>
    meeting.status === 'not-scheduled' ? [] : decisionRows(meeting),
  );
}
