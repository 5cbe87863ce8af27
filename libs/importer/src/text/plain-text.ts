/**
 * Pages copy their punctuation from word processors: curly quotes, en and em dashes, primes. Patterns
 * are written against straight punctuation, so each of these is mapped to its plain form one
 * character for one, which keeps every index of the plain text valid in the printed text.
 */
const PLAIN_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

const FANCY = new RegExp(`[${Object.keys(PLAIN_EQUIVALENTS).join('')}]`, 'g');

export function plainPunctuation(text: string): string {
  return text.replace(FANCY, (character) => PLAIN_EQUIVALENTS[character] ?? character);
}

/** Invisible characters that survive copying from a browser and break matching. */
// eslint-disable-next-line no-misleading-character-class -- each is matched alone, the zero-width joiner too
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Non-breaking and other Unicode spaces count as spaces; runs of spaces are layout, not content. */
export function cleanLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** "Dates of future meetings." and "Dates of future meetings" name the same thing. */
export function withoutFinalFullStop(text: string): string {
  return text.replace(/\s*\.+$/, '');
}

export function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** For comparing titles: letters and digits only, lower case, single spaces. */
export function comparable(text: string): string {
  return plainPunctuation(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
