import { MinutesFormatError } from '../errors';
import { cleanLine, plainPunctuation } from './plain-text';

/** One line of the document as printed (spaces tidied) and with plain punctuation for matching. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
  readonly plain: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * Splits the document into numbered lines, whatever its line endings. Refuses binary content and
 * documents without any text, naming the line, rather than planning nonsense.
 */
export function readSourceLines(document: string): SourceLine[] {
  const rawLines = document.split(/\r\n|\r|\n|\u2028|\u2029/);
  // A final line break ends the last line; it does not start another.
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  rawLines.forEach((raw, index) => {
    if (CONTROL_CHARACTERS.test(raw)) {
      throw new MinutesFormatError('NOT_TEXT', index + 1, 'it contains control characters, as binary files (PDF, Word) do');
    }
  });
  const replaced = [...document].filter((character) => character === '\ufffd').length;
  if (replaced > 0 && replaced * 20 > document.length) {
    const line = rawLines.findIndex((raw) => raw.includes('\ufffd')) + 1;
    throw new MinutesFormatError('NOT_TEXT', line, 'too many characters could not be decoded; save the page as UTF-8 text');
  }
  const lines = rawLines.map((raw, index) => {
    const text = cleanLine(raw);
    return { number: index + 1, text, plain: plainPunctuation(text) };
  });
  if (lines.every((line) => line.text === '')) {
    throw new MinutesFormatError('EMPTY_DOCUMENT', 1, 'it is empty or only blank lines');
  }
  return lines;
}
