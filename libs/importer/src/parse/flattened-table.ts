import type { SourceLine } from '../text/source-lines';
import type { RawItem } from './segment-items';
import { groupUnits, type Unit } from './units';

/** "No. | Item |": the items table of a page whose cells were flattened into lines. */
const TABLE_HEADING = /^no\.?\s*\|\s*item\s*\|?$/i;
/** Rows are separated by lines holding only cell borders: "|", "---|---|". */
const ROW_BORDER = /^[|\s-]*\|[|\s-]*$/;
const MINUTES_CELL = /\s+Minutes:\s+/;
/** An agenda's blurb after a title: "To receive disclosures of interests …". */
const BLURB = /\s+(?=To\s+(?:receive|approve|consider|note|agree|elect|appoint|confirm|determine|answer|hear|sign)\b)/;

export interface FlattenedTable {
  /** The lines above the table: the page's header. */
  readonly before: readonly SourceLine[];
  readonly items: readonly RawItem[];
}

/**
 * Reads the items of a flattened table, a row each: its title (when the row has one), the agenda's
 * blurb, the "Minutes:" label and the minute, each cut from the row's line and citing that line.
 * Returns undefined for any other page.
 */
export function readFlattenedTable(lines: readonly SourceLine[]): FlattenedTable | undefined {
  const heading = lines.findIndex((line) => TABLE_HEADING.test(line.plain.trim()));
  if (heading < 0) return undefined;
  const rows: SourceLine[][] = [];
  let row: SourceLine[] = [];
  const endRow = () => {
    if (row.length > 0) rows.push(row);
    row = [];
  };
  for (const line of lines.slice(heading + 1)) {
    if (ROW_BORDER.test(line.plain) || line.text === '') {
      endRow();
      continue;
    }
    // Rows printed one after another with no border between: a row that has had its minute ends
    // where a line opens with another title and its "Minutes:" label.
    if (row.some((cell) => MINUTES_CELL.test(cell.plain) || /^Minutes:/.test(cell.plain)) && opensARow(line.plain)) endRow();
    row.push(line);
    // "… as a correct record. |": the cell's border ends the row.
    if (/\s\|\s*$/.test(line.plain)) endRow();
  }
  if (row.length > 0) rows.push(row);
  const items = rows.filter((cells) => cells.some((cell) => LABEL.test(cell.plain))).map(itemOfRow);
  return items.length > 0 ? { before: lines.slice(0, heading + 1), items } : undefined;
}

/** "Chairman's Announcements Minutes: …": a title, perhaps the agenda's words, then the minute's label. */
function opensARow(plain: string): boolean {
  const label = MINUTES_CELL.exec(plain);
  if (!label) return false;
  const head = plain.slice(0, label.index).trim();
  const title = head.slice(0, BLURB.exec(head)?.index ?? head.length).trim();
  return isShortTitle(title) && title.split(/\s+/).length <= 14;
}

const LABEL = /(?:^|\s+)Minutes:\s*/;

/**
 * A row: its title (ended by the paper's marker, the agenda's "To consider …", or the label), the
 * agenda's words, the "Minutes:" label (on the row's first line or a later one) and the minute.
 */
function itemOfRow(row: readonly SourceLine[]): RawItem {
  const labelAt = row.findIndex((line) => LABEL.test(line.plain));
  const first = row[0]!;
  const labelLine = row[labelAt]!;
  const label = LABEL.exec(labelLine.plain)!;
  // The first line's words before the label, or all of them when the label comes on a later line.
  const headEnd = labelAt === 0 ? label.index : first.plain.length;
  const head = first.plain.slice(0, headEnd).trim();
  let titleEnd = 0;
  if (head !== '' && !/^To\s/.test(head)) {
    const marker = PAPER_MARKER.exec(head);
    const markerEnd = marker ? marker.index + marker[0].length : undefined;
    const blurb = BLURB.exec(head)?.index;
    titleEnd = markerEnd ?? blurb ?? (labelAt === 0 || isShortTitle(head) ? headEnd : 0);
  }
  const title = titleEnd > 0 ? piece(first, 0, titleEnd) : undefined;
  const pieces: SourceLine[] = [];
  if (titleEnd < headEnd) pieces.push(piece(first, titleEnd, headEnd));
  pieces.push(...row.slice(1, Math.max(labelAt, 1)));
  if (labelAt > 0) pieces.push(piece(labelLine, 0, label.index));
  pieces.push({ number: labelLine.number, text: 'Minutes:', plain: 'Minutes:' });
  pieces.push(piece(labelLine, label.index + label[0].length, labelLine.plain.length));
  const cells = [...pieces, ...row.slice(labelAt + 1)].map(withoutCellBorder).filter((line) => line.text !== '');
  const units: Unit[] = groupUnits(cells);
  return title ? { titleUnit: groupUnits([withoutCellBorder(title)])[0]!, units } : { units };
}

/** The paper's marker after a title, "… Ripple PDF 173 KB", which the agenda's words may follow. */
const PAPER_MARKER = /\s(?:pdf\s+icon\s+)?PDF\s+[\d.]+\s*[KM]B\b/i;

const isShortTitle = (text: string) => /^[A-Z]/.test(text) && text.length <= 100 && !/[.;:!?]$/.test(text);

/** A part of a line, still citing that line: the plain text maps one for one onto the printed text. */
function piece(line: SourceLine, from: number, to: number): SourceLine {
  const text = line.text.slice(from, to).trim();
  const offset = line.text.slice(from, to).length - line.text.slice(from, to).trimStart().length;
  return { number: line.number, text, plain: line.plain.slice(from + offset, from + offset + text.length) };
}

function withoutCellBorder(line: SourceLine): SourceLine {
  const text = line.text.replace(/\s*\|\s*$/, '');
  return { number: line.number, text, plain: line.plain.slice(0, text.length) };
}
