import { withoutFinalFullStop } from '../text/plain-text';
import { FILED_DOCUMENT, isAgendaLine, isMinuteOpener, reportMarkerIn } from './agenda-lines';
import { isListLine, type Unit } from './units';

/** Items every board has, whatever it calls its reports: enough to know a title when it has no paper. */
const STANDARD_TITLE = new RegExp(
  '^(?:' +
    [
      '(?:welcome(?:\\s+and|,)?\\s+)?introductions?(?:\\s+and\\s+apologies(?:\\s+for\\s+absence)?)?',
      'apologies(?:\\s+for\\s+absence)?(?:\\s+(?:and|&)\\s+(?:notification\\s+of\\s+)?substitut(?:ions|es)(?:\\s+of\\s+members)?)?',
      '(?:minutes|notes)\\s+of\\s+(?:the\\s+)?(?:previous|last)\\s+meetings?',
      '(?:the\\s+)?minutes',
      'minutes\\s+of\\s+the\\s+meeting\\s+held\\s+on\\s+.{5,40}',
      'matters\\s+arising(?:\\s+from\\s+the\\s+minutes)?',
      "declarations?\\s+of\\s+(?:members'?\\s+)?interests?",
      '(?:changes?|variation)\\s+(?:to|in|of)\\s+(?:the\\s+)?order\\s+of\\s+business',
      '(?:any\\s+)?other\\s+(?:urgent\\s+)?business',
      '(?:any\\s+)?(?:items?\\s+of\\s+)?urgent\\s+business',
      'dates?\\s+(?:and\\s+times?\\s+)?of\\s+(?:the\\s+)?(?:next|future)\\s+meetings?',
      'exclusion\\s+of\\s+(?:the\\s+)?(?:press\\s+and\\s+)?public',
      '(?:appointment|election)\\s+of\\s+(?:the\\s+)?(?:deputy\\s+|vice[\\s-]?)?chair(?:man|person)?\\b.{0,40}',
      '(?:[A-Z]{2,10}\\s+)?action\\s+log',
      "(?:chair(?:man|person)?|leader|mayor|civic\\s+mayor)'?s?\\s+(?:announcements|report|update|communications)",
      'announcements',
      "(?:public|members'?|councillors'?)\\s+questions(?:\\s+(?:and\\s+answers?|time))?",
      'questions\\s+(?:from|by)\\s+(?:the\\s+)?(?:public|members|councillors)',
      'petitions',
      'late\\s+items',
      '(?:work|forward)\\s+programme',
    ].join('|') +
    ')$',
  'i',
);

export function isStandardTitle(plain: string): boolean {
  return STANDARD_TITLE.test(withoutFinalFullStop(plain));
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'into',
  'via',
  'vs',
]);
const AUXILIARY = /\b(?:was|were|is|are|had|has|have|be|been|being|would|will|could|should|did|does|may|might)\b/i;

/** Short, mostly capitalised, not a sentence: "Street Lighting and Crime", "SENTINEL update". */
export function isTitleShaped(unit: Unit): boolean {
  const plain = withoutFinalFullStop(unit.leadPlain);
  if (unit.listLines.length > 0 || plain.length > 120 || plain.length < 3) return false;
  if (/^(?:\(|that\s|it\s+was\s)/i.test(plain) || /[:;,]$/.test(plain) || AUXILIARY.test(plain)) return false;
  const words = plain.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word));
  if (words.length === 0 || words.length > 16) return false;
  const significant = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = significant.filter((word) => /^[^a-z]*[A-Z0-9]/.test(word));
  return significant.length > 0 && capitalised.length * 2 >= significant.length && /^[^a-z]*[A-Z0-9]/.test(plain);
}

/** A short line in sentence case that is not a sentence: no verb of being, no closing punctuation. */
function isSentenceCaseTitle(unit: Unit): boolean {
  const plain = unit.leadPlain;
  const words = plain.split(/\s+/);
  return (
    unit.listLines.length === 0 &&
    /^[A-Z]/.test(plain) &&
    !/[.:;,]$/.test(plain) &&
    !/^(?:that|it\s+was)\s/i.test(plain) &&
    !AUXILIARY.test(plain) &&
    plain.length <= 100 &&
    words.length <= 12
  );
}

/**
 * Whether a paragraph of an unnumbered page is an item's title. A paper ("PDF 134 KB") or a
 * standard title settles it; otherwise a short title-shaped line counts when an agenda line or a
 * minute's opening sentence follows it, or when it follows a resolution.
 */
/**
 * "29. Introductions"; "1. 31. Apologies": the agenda's number, then the minute's, before the title;
 * "5/2019 MINUTES": a minute's number with its year.
 */
export const INLINE_NUMBER =
  /^(?:(\d{1,3})\.\s+(?:(\d{1,4})\.\s+)?|(\d{1,3}\/\d{2}(?:\d{2})?|(?!(?:PART|ITEM|PAGE|ANNEX)\b)[A-Z]{2,6}\/\d{1,3}(?:\/\d{2}(?:\d{2})?)?)\s+)(?=\S)/;

export function isItemTitle(unit: Unit, next: Unit | undefined, followsResolution: boolean): boolean {
  if (isListLine(unit.leadPlain) || FILED_DOCUMENT.test(unit.leadPlain)) return false;
  // "pdf icon PDF 221 KB", or its start where the page was cut: the link to a paper sits beside a title.
  if (reportMarkerIn(unit.leadPlain) || (/\bpdf\s+ico/i.test(unit.leadPlain) && unit.leadPlain.length <= 160)) return true;
  // "Report of the Town Clerk.", "To follow.": what the agenda says under a title is not one.
  if (isAgendaLine(unit.plain)) return false;
  // "22. Declarations of Interest", "2. 32. Declarations of Interest", "4/2019 DECLARATIONS OF INTEREST": a
  // standard title after the item's numbers.
  if (isStandardTitle(unit.leadPlain.replace(INLINE_NUMBER, '')) && unit.listLines.length === 0) return true;
  // "Appeals against refusal of inspection of documents" over "To consider any appeals …": a title in sentence case.
  if (next !== undefined && isAgendaLine(next.plain) && isSentenceCaseTitle(unit)) return true;
  if (!isTitleShaped(unit)) return false;
  if (followsResolution) return true;
  return next !== undefined && (isAgendaLine(next.plain) || isMinuteOpener(next.leadPlain));
}
