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
  const items = rows.filter((cells) => MINUTES_CELL.test(cells[0]!.plain) || /^Minutes:/.test(cells[0]!.plain)).map(itemOfRow);
  return items.length > 0 ? { before: lines.slice(0, heading + 1), items } : undefined;
}

/** "Chairman's Announcements Minutes: …": a title, perhaps the agenda's words, then the minute's label. */
function opensARow(plain: string): boolean {
  const label = MINUTES_CELL.exec(plain);
  if (!label) return false;
  const head = plain.slice(0, label.index).trim();
  const title = head.slice(0, BLURB.exec(head)?.index ?? head.length).trim();
  return /^[A-Z]/.test(title) && title.length <= 100 && !/[.;:!?]$/.test(title) && title.split(/\s+/).length <= 14;
}

function itemOfRow(row: readonly SourceLine[]): RawItem {
  const [first, ...rest] = row;
  const pieces: SourceLine[] = [];
  const cut = (from: number, to: number) => piece(first!, from, to);
  const label = /(?:^|\s+)Minutes:\s*/.exec(first!.plain)!;
  const head = first!.plain.slice(0, label.index).trim();
  let title: SourceLine | undefined;
  if (head !== '') {
    const blurb = BLURB.exec(head);
    const titleEnd = blurb ? blurb.index : head.length;
    if (!/^To\s/.test(head)) title = cut(0, titleEnd);
    const blurbStart = title ? titleEnd : 0;
    if (blurbStart < head.length) pieces.push(cut(blurbStart, head.length));
  }
  pieces.push({ number: first!.number, text: 'Minutes:', plain: 'Minutes:' });
  pieces.push(cut(label.index + label[0].length, first!.plain.length));
  const cells = [...pieces, ...rest].map(withoutCellBorder).filter((line) => line.text !== '');
  const units: Unit[] = groupUnits(cells);
  return title ? { titleUnit: groupUnits([withoutCellBorder(title)])[0]!, units } : { units };
}

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
