/** Lines of the source document, 1-based and inclusive: what provenance cites. */
export interface LineSpan {
  readonly from: number;
  readonly to: number;
}

/** A value read from the document, with the lines it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly lines: LineSpan;
}

export function spanOf(first: LineSpan, ...rest: readonly (LineSpan | undefined)[]): LineSpan {
  return rest.reduce<LineSpan>(
    (joined, next) => (next ? { from: Math.min(joined.from, next.from), to: Math.max(joined.to, next.to) } : joined),
    first,
  );
}

export function describeSpan(lines: LineSpan): string {
  return lines.from === lines.to ? `line ${lines.from}` : `lines ${lines.from}-${lines.to}`;
}
