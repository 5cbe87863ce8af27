import type { ScheduledMeeting } from '@ledger/domain';
import { heldOn } from '@ledger/domain';
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
      exempt: item?.exempt !== undefined,
    }));
  });
}

const COLUMNS = [
  'meeting_id',
  'item_number',
  'part',
  'item_order',
  'part_order',
  'body_id',
  'held_on',
  'item_title',
  'decision_kind',
  'text',
  'exempt',
] as const;

/** Replaces a meeting's rows in the register with those its state now implies. */
export async function replaceDecisionRows(sql: SqlExecutor, schema: string, meeting: ScheduledMeeting): Promise<void> {
  await sql.query(`DELETE FROM ${schema}.decisions WHERE meeting_id = $1`, [meeting.meetingId]);
  const rows = decisionRows(meeting);
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = COLUMNS.map((column) => {
      params.push(row[column]);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await sql.query(`INSERT INTO ${schema}.decisions (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params);
}
