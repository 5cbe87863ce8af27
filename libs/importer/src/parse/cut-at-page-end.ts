import type { MinutesDocument } from './minutes-document';

/** Where a sentence, a clause or a bracket may properly end. */
const CLOSED = /[.;:!?)\]'"\u2019\u201d]$/;
/** A point of a list: "(a) …", "b) …", "(iv) …", "2. …", "• …". */
const LIST_POINT = /^(?:\(?[a-z]{1,4}\)|\(?\d{1,2}[.)]|[\u2022\u00b7-])\s/;
/** A word, in lower case, that no sentence ends on ("Option A" is whole; "… reference to the" is not). */
const STOPS_ON_A_LINKING_WORD = /\s(?:the|of|and|to|in|an?|for|by|with|on|at|from|or|that|be)$/;
/** How a point that the list continues after ends: "…;", "…, and", "… or". */
const CONTINUES = /(?:[;,]|\band|\bor)$/;

/**
 * Whether a resolution's last words were cut off where the page ends: they close nothing, and
 * either a bracket they opened is still open ("… (the Director may appoint themselves") or they are
 * the last point of a list whose every earlier point ends as the list goes on ("…;") or on a number the last lacks
 * ("… 22 November 2021"), or they stop on a
 * word no sentence ends on ("… with particular reference to the"). A sentence that only lacks its full
 * stop is not taken for cut.
 */
export function endsCutShort(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed === '' || CLOSED.test(trimmed)) return false;
  if (STOPS_ON_A_LINKING_WORD.test(trimmed)) return true;
  const opened = (trimmed.match(/\(/g) ?? []).length;
  const closed = (trimmed.match(/\)/g) ?? []).length;
  const lastLine = trimmed.split('\n').at(-1)!;
  if (opened > closed && (lastLine.match(/\(/g) ?? []).length > (lastLine.match(/\)/g) ?? []).length) return true;
  const lines = trimmed.split('\n').map((line) => line.trim());
  const earlierPoints = lines.slice(0, -1).filter((line) => LIST_POINT.test(line));
  if (!LIST_POINT.test(lines.at(-1)!) || earlierPoints.length < 2) return false;
  // "…;" before each point after, or a list of meetings each ending on its date but the last.
  return (
    earlierPoints.every((line) => CONTINUES.test(line)) || (earlierPoints.every((line) => /\d$/.test(line)) && !/\d$/.test(lines.at(-1)!))
  );
}

/**
 * A page that ends inside its last item's resolution, cut off mid-point, marks that resolution as
 * truncated at the source, as ModernGov's "… view the full minutes text" does.
 */
export function withResolutionCutAtPageEnd(document: MinutesDocument, lastLine: number): MinutesDocument {
  const last = document.items.at(-1);
  const part = last?.resolution?.parts.at(-1);
  if (!last || !part || last.truncated || part.lines.to !== lastLine || !endsCutShort(part.text)) return document;
  return {
    ...document,
    items: [...document.items.slice(0, -1), { ...last, truncated: { value: 'resolution', lines: part.lines }, cutByPageEnd: true }],
  };
}
