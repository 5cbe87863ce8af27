import { readSourceLines } from '../text/source-lines';
import type { LineSpan } from '../text/span';

/**
 * The body's name as the minutes' own text gives it. ModernGov prints a committee's present name
 * in the title of every page, old ones too, so the title is no evidence of the name a body had at
 * an earlier meeting; the text is ("The Leicestershire Safer Communities Strategy Board will meet
 * …"). A name in the text counts when it ends with the same last words as the printed name
 * ("… Safer Communities Strategy Board"); the name the text uses most often wins.
 */
export function bodyNameInText(
  text: string,
  printedName: string,
  header: LineSpan,
): { readonly name: string; readonly lines: LineSpan } | undefined {
  const words = printedName.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 3) return undefined;
  const tail = words.slice(-3).map(escape).join('\\s+');
  const pattern = new RegExp(`((?:[A-Z][\\w'\\u2019&-]*\\s+(?:(?:and|&|of|for)\\s+)?){1,6})${tail}\\b`, 'g');
  const found = new Map<string, { count: number; lines: LineSpan }>();
  for (const line of readSourceLines(text)) {
    if (line.number >= header.from && line.number <= header.to) continue;
    for (const match of line.text.matchAll(pattern)) {
      const lead = match[1]!.replace(/^(?:The|A)\s+/, '').trim();
      if (lead === '') continue;
      const name = `${lead} ${words.slice(-3).join(' ')}`.replace(/\s+/g, ' ');
      const seen = found.get(name);
      found.set(name, { count: (seen?.count ?? 0) + 1, lines: seen?.lines ?? { from: line.number, to: line.number } });
    }
  }
  const best = [...found.entries()].sort((a, b) => b[1].count - a[1].count || a[1].lines.from - b[1].lines.from)[0];
  return best ? { name: best[0], lines: best[1].lines } : undefined;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
