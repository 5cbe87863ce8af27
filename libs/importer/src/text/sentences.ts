/** Titles and initials that end in a full stop without ending a sentence: "Mr.", "Cllr.", "C.". */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Cllr|Supt|Insp|St|No|Rev|Sgt|Det|Ch|[A-Z])\.$/;

/**
 * A paragraph's sentences, as ranges of its plain text (which maps one for one onto the printed
 * text), not broken after "Mr." or an initial.
 */
export function sentenceRanges(plain: string): { readonly start: number; readonly end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of plain.matchAll(/\.\s+(?=[A-Z])/g)) {
    const end = match.index! + 1;
    if (ABBREVIATION.test(plain.slice(Math.max(0, end - 8), end))) continue;
    ranges.push({ start, end });
    start = end;
  }
  ranges.push({ start, end: plain.length });
  return ranges;
}

/** The sentences of a paragraph, each as printed and in plain form, trimmed; empty ones left out. */
export function sentencesOf(text: string, plain = text): { readonly text: string; readonly plain: string }[] {
  return sentenceRanges(plain)
    .map(({ start, end }) => ({ text: text.slice(start, end).trim(), plain: plain.slice(start, end).trim() }))
    .filter((sentence) => sentence.plain !== '');
}
