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

export function groupUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.text === '') {
      gap += 1;
      index += 1;
      continue;
    }
    const listLines: SourceLine[] = [];
    let next = index + 1;
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
      lines: { from: line.number, to: all[all.length - 1]!.number },
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
