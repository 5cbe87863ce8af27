import type { MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn, isConfidentialText } from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';

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
      decision_kind: part.kind,
      text: part.text,
      // The register's public view leaves out what is confidential; a published exempt text is public.
      exempt: isConfidentialText(meeting, itemNumber, 'resolution'),
    }));
  });
}

const COLUMN_TYPES = {
  meeting_id: 'text',
  item_number: 'text',
  part: 'text',
  item_order: 'integer',
  part_order: 'integer',
  body_id: 'text',
  held_on: 'date',
  item_title: 'text',
  decision_kind: 'text',
  text: 'text',
  exempt: 'boolean',
} as const;
const COLUMNS = Object.keys(COLUMN_TYPES);

type DecisionRow = ReturnType<typeof decisionRows>[number];

const keyOf = (row: Pick<DecisionRow, 'meeting_id' | 'item_number' | 'part'>) =>
  JSON.stringify([row.meeting_id, row.item_number, row.part]);

const rowsOf = (meeting: MeetingState): Map<string, DecisionRow> =>
  new Map(meeting.status === 'not-scheduled' ? [] : decisionRows(meeting).map((row) => [keyOf(row), row]));

/**
 * Brings the register from the rows the meetings' previous states implied to those their new
 * states imply, writing only the rows that changed: a batch that adds a meeting's minutes or
 * confirms them leaves its resolutions' rows (and their text index entries) alone. Two statements
 * whatever the number of meetings.
 */
export async function updateDecisionRows(
  sql: SqlExecutor,
  schema: string,
  meetings: readonly { readonly before: MeetingState; readonly after: MeetingState }[],
): Promise<void> {
  const removed: DecisionRow[] = [];
  const written: DecisionRow[] = [];
  for (const { before, after } of meetings) {
    const old = rowsOf(before);
    for (const [key, row] of rowsOf(after)) {
      const previous = old.get(key);
      if (!previous || JSON.stringify(previous) !== JSON.stringify(row)) written.push(row);
      old.delete(key);
    }
    removed.push(...old.values());
  }
  if (removed.length > 0) {
    await sql.query(
      `DELETE FROM ${schema}.decisions d USING unnest($1::text[], $2::text[], $3::text[]) AS k(meeting_id, item_number, part)
       WHERE (d.meeting_id, d.item_number, d.part) = (k.meeting_id, k.item_number, k.part)`,
      [removed.map((row) => row.meeting_id), removed.map((row) => row.item_number), removed.map((row) => row.part)],
    );
  }
  if (written.length > 0) {
    const updates = COLUMNS.filter((name) => !['meeting_id', 'item_number', 'part'].includes(name)).map(
      (name) => `${name} = excluded.${name}`,
    );
    await sql.query(
      `INSERT INTO ${schema}.decisions (${COLUMNS.join(', ')})
       SELECT ${COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb)
         AS r(${Object.entries(COLUMN_TYPES)
           .map(([name, type]) => `${name} ${type}`)
           .join(', ')})
       ON CONFLICT (meeting_id, item_number, part) DO UPDATE SET ${updates.join(', ')}`,
      [JSON.stringify(written)],
    );
  }
}
