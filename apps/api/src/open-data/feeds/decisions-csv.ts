import { stringify } from 'csv-stringify/sync';
import type { DecisionExport } from './decision-export';

/** The columns, in order, with their headers: the JSON export's names, written as spreadsheets like them. */
const COLUMNS: readonly { readonly key: keyof DecisionExport; readonly header: string }[] = [
  { key: 'citation', header: 'citation' },
  { key: 'meetingDate', header: 'meeting_date' },
  { key: 'minuteNumber', header: 'minute_number' },
  { key: 'itemTitle', header: 'item_title' },
  { key: 'decisionKind', header: 'decision_kind' },
  { key: 'text', header: 'text' },
  { key: 'decisionId', header: 'decision_id' },
  { key: 'meetingPage', header: 'meeting_page' },
  { key: 'exempt', header: 'exempt' },
];

/**
 * The register as CSV (RFC 4180: CRLF between records, fields quoted where they hold a comma, a quote
 * or a line break). It starts with a byte order mark, without which Excel reads UTF-8 as its own code
 * page and spoils every "£" and accented name. A text is written as recorded, never altered.
 */
export function decisionsCsv(decisions: readonly DecisionExport[]): string {
  return stringify([...decisions], {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: COLUMNS.map(({ key, header }) => ({ key, header })),
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
