import type { MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn, isConfidentialText } from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';
import { type DerivedTable, updateDerivedRows } from './derived-rows';

/** What a passage of the record is: a paragraph or point of a minute, a resolution part, a confirmed correction, or a bare item title. */
export const PASSAGE_KINDS = ['minute', 'resolution', 'correction', 'title'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/**
 * The record's words a reader searches, a passage to a row: each paragraph and numbered point of a
 * minute, each resolution part, each correction a later meeting confirmed (beside the words it
 * corrects, which stay as recorded), and the title of an item that has none of these. The item's
 * title is searched with every passage of the item. Exempt marks what the public may not see.
 */
export interface PassageRow extends Record<string, unknown> {
  readonly meeting_id: string;
  readonly item_number: string;
  readonly seq: number;
  readonly item_order: number;
  readonly body_id: string;
  readonly held_on: string;
  readonly minute_number: string;
  readonly item_title: string;
  readonly kind: PassageKind;
  /** The point's or part's printed label; '' when it has none. */
  readonly label: string;
  readonly text: string;
  readonly exempt: boolean;
}

export const MINUTE_PASSAGES: DerivedTable<PassageRow> = {
  table: 'minute_passages',
  columnTypes: {
    meeting_id: 'text',
    item_number: 'text',
    seq: 'integer',
    item_order: 'integer',
    body_id: 'text',
    held_on: 'date',
    minute_number: 'text',
    item_title: 'text',
    kind: 'text',
    label: 'text',
    text: 'text',
    exempt: 'boolean',
  },
  key: ['meeting_id', 'item_number', 'seq'],
};

type Passage = Pick<PassageRow, 'kind' | 'label' | 'text' | 'exempt'>;

export function passageRows(meeting: ScheduledMeeting): PassageRow[] {
  return meeting.items.flatMap((item, itemOrder) => {
    const minute = meeting.minutes[item.number];
    const minuteHidden = isConfidentialText(meeting, item.number, 'minute');
    const passages: Passage[] = [
      ...(minute?.paragraphs ?? []).map((text): Passage => ({ kind: 'minute', label: '', text, exempt: minuteHidden })),
      ...(minute?.points ?? []).map((point): Passage => ({ kind: 'minute', label: point.label, text: point.text, exempt: minuteHidden })),
      ...(meeting.resolutions[item.number] ?? []).map((part): Passage => ({
        kind: 'resolution',
        label: part.label ?? '',
        text: part.text,
        exempt: isConfidentialText(meeting, item.number, 'resolution'),
      })),
      // A correction may cite the item by its printed minute number.
      ...meeting.corrections
        .filter((correction) => correction.itemNumber === item.number || correction.itemNumber === item.minuteNumber)
        .map((correction): Passage => ({
          kind: 'correction',
          label: correction.point ?? '',
          text: correction.correctedText,
          exempt: minuteHidden,
        })),
    ];
    // The public sees an exempt item's title, so a title alone is never hidden.
    const found = passages.length > 0 ? passages : [{ kind: 'title' as const, label: '', text: item.title, exempt: false }];
    return found.map((passage, seq) => ({
      meeting_id: meeting.meetingId,
      item_number: item.number,
      seq,
      item_order: itemOrder,
      body_id: meeting.bodyId,
      held_on: heldOn(meeting),
      minute_number: item.minuteNumber ?? item.number,
      item_title: item.title,
      ...passage,
    }));
  });
}

/** The searchable passages, brought from what the meetings' previous states implied to what their new states imply. */
export function updateMinutePassages(
  sql: SqlExecutor,
  schema: string,
  meetings: readonly { readonly before: MeetingState; readonly after: MeetingState }[],
): Promise<void> {
  return updateDerivedRows(sql, schema, MINUTE_PASSAGES, meetings, (meeting) =>
    meeting.status === 'not-scheduled' ? [] : passageRows(meeting),
  );
}
