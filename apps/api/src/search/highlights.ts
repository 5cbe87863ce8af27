/** What the store marks a match with in an excerpt: characters no minute holds. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** A stretch of an excerpt, by UTF-16 offsets: `end` is the offset after its last character. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface Highlighted {
  readonly excerpt: string;
  readonly spans: readonly TextSpan[];
}

// Words of one phrase that the store marks one by one ("anti" "-" "social") read better as one match.
const JOINS_MATCHES = /^[\s\-‐‑–'’]*$/u;

/** Splits a marked excerpt into its plain text and the spans of its matches, joining matches only a space or a hyphen apart. */
export function parseHighlights(marked: string): Highlighted {
  let excerpt = '';
  const spans: TextSpan[] = [];
  let start: number | undefined;
  for (const character of marked) {
    if (character === MATCH_START) start = excerpt.length;
    else if (character === MATCH_END) {
      if (start === undefined) continue;
      const previous = spans.at(-1);
      if (previous && JOINS_MATCHES.test(excerpt.slice(previous.end, start)))
        spans[spans.length - 1] = { start: previous.start, end: excerpt.length };
      else spans.push({ start, end: excerpt.length });
      start = undefined;
    } else excerpt += character;
  }
  return { excerpt, spans };
}

/** The excerpt with each match between `open` and `close`. */
export function markMatches({ excerpt, spans }: Highlighted, open: string, close: string): string {
  let marked = '';
  let from = 0;
  for (const span of spans) {
    marked += `${excerpt.slice(from, span.start)}${open}${excerpt.slice(span.start, span.end)}${close}`;
    from = span.end;
  }
  return marked + excerpt.slice(from);
}
