import type { AggregateKind, MeetingState } from '@ledger/domain';
import type { RecordedEvent, SqlExecutor } from '@ledger/event-store';

/**
 * When the log first and last recorded something of a record: transaction time, which open-data
 * clients sync by (OParl's created and modified). A whole aggregate is `part` ''; an agenda item of a
 * meeting is `item <number>`, recorded once, when the event that added it was recorded (an item
 * changes with its meeting, so its last change is the meeting's).
 */
export interface RecordedTimeRow extends Record<string, unknown> {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly part: string;
  readonly created_at: string;
  readonly created_position: string;
  readonly modified_at: string;
  readonly modified_position: string;
}

export const itemPart = (itemNumber: string) => `item ${itemNumber}`;

/** Gathers a batch's recorded times as its events are folded, one row per record however many events touch it. */
export class RecordedTimes {
  private readonly rows = new Map<string, RecordedTimeRow>();

  touched(kind: AggregateKind, id: string, event: RecordedEvent): void {
    this.note(kind, id, '', event);
  }

  /** The items an event added to a meeting: those in the state after it and not before. */
  meetingChanged(id: string, before: MeetingState, after: MeetingState, event: RecordedEvent): void {
    const itemsBefore = before.status === 'not-scheduled' ? [] : before.items;
    const itemsAfter = after.status === 'not-scheduled' ? [] : after.items;
    // Items are only ever added (a withdrawn item keeps its place): a count that did not change added none.
    if (itemsAfter.length === itemsBefore.length) return;
    const known = new Set(itemsBefore.map((item) => item.number));
    for (const item of itemsAfter) if (!known.has(item.number)) this.note('meeting', id, itemPart(item.number), event);
  }

  get all(): RecordedTimeRow[] {
    return [...this.rows.values()];
  }

  private note(kind: AggregateKind, id: string, part: string, event: RecordedEvent): void {
    const key = `${kind} ${id} ${part}`;
    const at = event.recordedAt.toISOString();
    const position = event.position.toString();
    const first = this.rows.get(key);
    this.rows.set(key, {
      kind,
      id,
      part,
      created_at: first?.created_at ?? at,
      created_position: first?.created_position ?? position,
      modified_at: at,
      modified_position: position,
    });
  }
}

/** Keeps the first time a record was recorded and moves its last to the batch's. */
export async function writeRecordedTimes(sql: SqlExecutor, schema: string, rows: readonly RecordedTimeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `INSERT INTO ${schema}.recorded_times (kind, id, part, created_at, created_position, modified_at, modified_position)
     SELECT kind, id, part, created_at, created_position, modified_at, modified_position
     FROM jsonb_to_recordset($1::jsonb)
       AS r(kind text, id text, part text, created_at timestamptz, created_position bigint, modified_at timestamptz, modified_position bigint)
     ON CONFLICT (kind, id, part) DO UPDATE SET modified_at = excluded.modified_at, modified_position = excluded.modified_position`,
    [JSON.stringify(rows)],
  );
}
