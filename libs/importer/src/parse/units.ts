import { DATE_ONLY_LINE } from '../text/dates';
import type { SourceLine } from '../text/source-lines';
import type { LineSpan } from '../text/span';

/**
 * A paragraph of the page: one printed line, plus the list lines that hang from it ("… the
 * following points:" and its bullets). Converted pages put each paragraph on one line, so lines
 * are not joined otherwise.
 */
export interface Unit {
  readonly text: string;
  readonly plain: string;
  readonly lines: LineSpan;
  /** Blank lines before it: pages leave a wider gap where a label such as RESOLVED was dropped. */
  readonly gapBefore: number;
  /** The list lines that hang from the first line, if any. */
  readonly listLines: readonly string[];
  /** The first line, without its list. */
  readonly lead: string;
  readonly leadPlain: string;
}

const BULLET = /^[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u25cb*-]\s*/;
const ROMAN_WITH_FULL_STOP = /^[ivx]{1,5}\.\s+\S/i;
const URL_ONLY = /^https?:\/\/\S+$/i;

export function isListLine(plain: string): boolean {
  return BULLET.test(plain) || ROMAN_WITH_FULL_STOP.test(plain) || DATE_ONLY_LINE.test(plain) || URL_ONLY.test(plain);
}

export function withoutBullet(text: string): string {
  return text.replace(BULLET, '');
}

const INTRODUCES_A_LIST = /:-?$/;

/** A line that stops mid-sentence: no closing punctuation. */
const OPEN_ENDED = /[\p{L}\d,)'\u2019"]$/u;
/** A word no title or paragraph ends on: the sentence goes on below. */
const ENDS_ON_A_LINKING_WORD = /\b(?:the|of|and|to|in|a|an|for|by|with|on|at|from|or|that|be|is|are|was|were)$/i;
/** A line that starts a part or point of its own: "a) …", "ii. …", "2) …", "(c) …". */
const STARTS_A_LABELLED_PART = /^(?:\(?[a-z]{1,4}[.)]|\(?\d{1,2}[.)])\s/i;
const MIN_WRAPPED_LENGTH = 40;
/**
 * A part's label alone in a flattened table's cell, "(1) |": its words are on the next line. (A number alone
 * on its line is an item's, its title below.)
 */
const LABEL_ONLY = /^\(?(?:[a-z]|\d{1,2})[.)]\s*\|$/i;

/**
 * Whether `next` continues the sentence `line` breaks off: pages copied from a PDF or an email
 * break sentences at the width of the column ("… be" / "agreed as a correct record."), sometimes
 * with a blank line between.
 */
function continues(line: SourceLine, next: SourceLine, blankBetween: boolean): boolean {
  if (LABEL_ONLY.test(line.plain)) return !blankBetween && !STARTS_A_LABELLED_PART.test(next.plain) && !LABEL_ONLY.test(next.plain);
  if (!OPEN_ENDED.test(line.plain) || STARTS_A_LABELLED_PART.test(next.plain) || isListLine(next.plain)) return false;
  if (/^[a-z]/.test(next.plain)) return !blankBetween || line.plain.length >= MIN_WRAPPED_LENGTH;
  return !blankBetween && ENDS_ON_A_LINKING_WORD.test(line.plain);
}

/** The lines a sentence broken at the column's width takes, joined into one. */
function joinWrapped(lines: readonly SourceLine[], index: number): { line: SourceLine; next: number } {
  let line = lines[index]!;
  let next = index + 1;
  for (;;) {
    const blankBetween = lines[next]?.text === '' && lines[next + 1] !== undefined && lines[next + 1]!.text !== '';
    const at = blankBetween ? next + 1 : next;
    const candidate = lines[at];
    if (!candidate || candidate.text === '' || !continues(line, candidate, blankBetween)) return { line, next };
    const [text, plain] = LABEL_ONLY.test(line.plain)
      ? [line.text.replace(/\s*\|$/, ''), line.plain.replace(/\s*\|$/, '')]
      : [line.text, line.plain];
    line = { number: line.number, text: `${text} ${candidate.text}`, plain: `${plain} ${candidate.plain}` };
    next = at + 1;
  }
}

/** "… be thanked for their work. |": the border of a table's cell that ends the paragraph is no part of it. */
function withoutCellBorder(line: SourceLine): SourceLine {
  const border = /\s+\|$/.exec(line.plain);
  if (!border || border.index === 0) return line;
  return { number: line.number, text: line.text.slice(0, border.index), plain: line.plain.slice(0, border.index) };
}

export function groupUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  let index = 0;
  while (index < lines.length) {
    if (lines[index]!.text === '') {
      gap += 1;
      index += 1;
      continue;
    }
    const listLines: SourceLine[] = [];
    const wrapped = joinWrapped(lines, index);
    const line = withoutCellBorder(wrapped.line);
    let next = wrapped.next;
    const lastLine = lines[next - 1]!;
    if (INTRODUCES_A_LIST.test(line.plain)) {
      for (let probe = next; probe < lines.length; probe++) {
        const candidate = lines[probe]!;
        if (candidate.text === '') continue;
        if (!isListLine(candidate.plain)) break;
        listLines.push(candidate);
        next = probe + 1;
      }
    }
    const all = [line, ...listLines];
    units.push({
      text: all.map((entry) => entry.text).join('\n'),
      plain: all.map((entry) => entry.plain).join('\n'),
      lines: { from: line.number, to: listLines.at(-1)?.number ?? lastLine.number },
      gapBefore: gap,
      listLines: listLines.map((entry) => entry.text),
      lead: line.text,
      leadPlain: line.plain,
    });
    gap = 0;
    index = next;
  }
  return units;
}
