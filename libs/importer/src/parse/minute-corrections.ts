import { DAY_MONTH_YEAR } from '../text/dates';
import { capitaliseFirst, withoutFinalFullStop } from '../text/plain-text';

export interface MinuteCorrectionText {
  readonly minute: string;
  readonly point?: string;
  /** "Minute 9, paragraph 3": the paragraph named after the minute. */
  readonly paragraph?: number;
  readonly correctedText: string;
  /** The words of the earlier minute replaced, when the correction names them. */
  readonly replacedText?: string;
}

export interface CorrectionsRead {
  readonly corrections: readonly MinuteCorrectionText[];
  /** Amendments of the earlier meeting's list of those present or sending apologies, in the minutes' words. */
  readonly attendance: readonly string[];
}

/**
 * What a confirmation was made subject to, read from the words after the date of the minutes
 * confirmed: `text` is as printed, `plain` the same with plain punctuation (index for index).
 * Undefined when any part of it cannot be placed on a minute or on the attendance list: a
 * confirmation is recorded with all its corrections or not at all.
 */
export function correctionsIn(text: string, plain: string): CorrectionsRead | undefined {
  const listed = LISTED.exec(plain);
  if (listed) {
    const after = listed.index + listed[0].length;
    if (minuteReferences(plain.slice(0, listed.index)).length > 0) return undefined;
    return readEntries(entriesOf(text.slice(after), plain.slice(after)));
  }
  const references = minuteReferences(plain);
  if (references.length <= 1) return readEntries([{ text, plain }]);
  if (ATTENDANCE.test(plain.slice(0, references[0]!.index))) return undefined;
  // Several minutes corrected in one sentence: each correction runs from its reference to the next.
  const corrections: MinuteCorrectionText[] = [];
  for (const [index, reference] of references.entries()) {
    const start = reference.index! + reference[0].length;
    const end = references[index + 1]?.index ?? plain.length;
    const correction = correctionOfMinute(reference, { text: text.slice(start, end), plain: plain.slice(start, end) });
    if (!correction) return undefined;
    corrections.push(correction);
  }
  return { corrections, attendance: [] };
}

/**
 * The amendments listed after "subject to the following amendments:" or "subject to:", each as printed: for
 * corrections to several sets of minutes, each naming the set it amends.
 */
export function listedAmendments(text: string, plain: string): { text: string; plain: string }[] | undefined {
  const listed = LISTED.exec(plain);
  if (!listed) return undefined;
  const after = listed.index + listed[0].length;
  const entries = entriesOf(text.slice(after), plain.slice(after)).map((entry) =>
    entry.heading ? { text: `${entry.heading.text} ${entry.text}`, plain: `${entry.heading.plain} ${entry.plain}` } : entry,
  );
  return entries.length > 0 ? entries : undefined;
}

export function isAmendmentHeading(plain: string): boolean {
  return ENTRY_HEADING.test(plain);
}

/** Whether a paragraph after "subject to the following amendments" is one of them. */
export function isListedAmendment(plain: string): boolean {
  return ENTRY_HEADING.test(plain) || minuteReferences(plain).length > 0 || ATTENDANCE.test(plain);
}

/** "… subject to the following amendments:" with the amendments on the lines below. */
const LISTED =
  /\b(?:(?:subject\s+to|with)\s+the\s+following\s+(?:amendments?|changes?|corrections?|alterations?)\s*[:.]?|subject\s+to\s+the\s+following\s*:|subject\s+to\s*:)\s*/i;
export const LISTS_AMENDMENTS_BELOW = new RegExp(`${LISTED.source}$`, 'i');

const MINUTE_REFERENCE =
  /\b(?:minute|item)\s+(?:no\.?\s*|number\s+)?((?:[A-Z]{2,6}\/?)?\d{1,3}(?:\/\d{1,4})?)\s*(?:\(\s*([ivx]{1,6})\s*\))?/gi;

function minuteReferences(plain: string): RegExpExecArray[] {
  return [...plain.matchAll(MINUTE_REFERENCE)];
}

/** A heading such as "(a) Attendance", "(b) Minute 7" or "Item 12: Budget" belongs with the paragraph after it. */
const ENTRY_HEADING =
  /^(?:\(?[a-z0-9]{1,3}[).]\s*)?(?:attendance|(?:minute|item)\s+(?:no\.?\s*)?\d{1,3}(?:\/\d{1,4})?(?:\s*\([ivx]{1,6}\))?(?:\s*[:-]\s*[^.:]{1,120})?)\s*[:.]?$/i;
const ENTRY_LABEL = /^\(?[a-z0-9]{1,3}[).]\s+/i;

interface Clause {
  readonly text: string;
  readonly plain: string;
}

/** One amendment: its words, and the heading naming what it amends when it has one. */
interface Entry extends Clause {
  readonly heading?: Clause;
}

function entriesOf(text: string, plain: string): Entry[] {
  const entries: Entry[] = [];
  let heading: Clause | undefined;
  let offset = 0;
  // One amendment a paragraph, a bullet or a labelled line: "· Minute 44, paragraph 2: …", "(ii) Minute 44(ii): …".
  for (const paragraph of text.split(/\n\s*\n|\n(?=\s*(?:[\u00b7\u2022\u25aa\u25cf\u25e6*-]|\((?:[ivx]{1,6}|[a-z]|\d{1,2})\))\s)/)) {
    const start = text.indexOf(paragraph, offset);
    offset = start + paragraph.length;
    const clause = { text: paragraph.trim(), plain: plain.slice(start, start + paragraph.length).trim() };
    if (clause.plain === '') continue;
    if (heading === undefined && ENTRY_HEADING.test(clause.plain)) {
      heading = clause;
      continue;
    }
    entries.push(heading ? { ...clause, heading } : clause);
    heading = undefined;
  }
  // A heading with nothing under it says what was amended, not how.
  return heading ? [...entries, heading] : entries;
}

function readEntries(entries: readonly Entry[]): CorrectionsRead | undefined {
  if (entries.length === 0) return undefined;
  const corrections: MinuteCorrectionText[] = [];
  const attendance: string[] = [];
  for (const entry of entries) {
    const inHeading = entry.heading ? minuteReferences(entry.heading.plain) : [];
    const references = inHeading.length > 0 ? inHeading : minuteReferences(entry.plain);
    if (references.length > 1) return undefined;
    const [reference] = references;
    if (!reference) {
      if (!ATTENDANCE.test(entry.plain) && !ATTENDANCE.test(entry.heading?.plain ?? '')) return undefined;
      const wording = attendanceWording(entry.text);
      if (!wording) return undefined;
      attendance.push(wording);
      continue;
    }
    const after = inHeading.length > 0 ? 0 : reference.index! + reference[0].length;
    const correction = correctionOfMinute(reference, entry, after);
    if (!correction) return undefined;
    corrections.push(correction);
  }
  return { corrections, attendance };
}

const ATTENDANCE =
  /\b(?:attendance|attendees|apologies|attending\s+as\s+a\s+substitute|(?:recorded|listed|shown|noted)\s+as\s+(?:being\s+)?(?:present|absent)|(?:those|members|councillors)\s+present|present\s+at\s+the\s+meeting|list\s+of\s+(?:[\w-]+\s+){0,3}(?:present|attendees|apologies))\b/i;

/** "subject to Councillor X being added to those present" → "Councillor X being added to those present." */
function attendanceWording(text: string): string | undefined {
  const wording = withoutFinalFullStop(
    text
      .replace(ENTRY_LABEL, '')
      .replace(/^attendance\s*[:.-]?\s*/i, '')
      .replace(/^.*?\bsubject\s+to\s+(?:the\s+)?(?:amendment|correction)?\s*(?:that\s+)?/is, '')
      .replace(/^that\s+/i, '')
      .trim(),
  );
  // "an amendment about attendance" says there was one, not what it was: only a stated change is recorded.
  if (!ATTENDANCE_CHANGE.test(wording) || !NAMED_PERSON.test(wording)) return undefined;
  return `${capitaliseFirst(wording)}.`;
}

const ATTENDANCE_CHANGE =
  /\b(?:added|adding|addition|included|including|inclusion|removed|removing|removal|deleted|deleting|deletion|recorded|listed|shown|show|moved)\b/i;
const NAMED_PERSON =
  /\b(?:Councillors?|Cllrs?\.?|County\s+Councillor|Mrs?\.?|Ms\.?|Miss|Dr\.?|Professor|Sir|Dame)\s+[A-Z]|\b[A-Z][a-z]+\s+[A-Z][a-z'-]+\b/;

/**
 * A correction of one minute: the words it replaces and what they should read, when it names them
 * anywhere in its clause; otherwise the statement after the reference ("… minute 11(iii) that …").
 */
function correctionOfMinute(reference: RegExpExecArray, clause: Clause, after = 0): MinuteCorrectionText | undefined {
  // "paragraph 3 of minute 12": the paragraph named before the minute.
  const before = PARAGRAPH_BEFORE.exec(clause.plain.slice(0, reference.index));
  const paragraph = before
    ? before[1]
      ? Number(before[1])
      : ORDINALS.indexOf(before[2]!.toLowerCase()) + 1
    : paragraphNamed(clause.plain.slice(after));
  const point = reference[2] ?? POINT_NAMED.exec(clause.plain.slice(after))?.[1];
  const target = {
    minute: reference[1]!,
    ...(point && { point: point.toLowerCase() }),
    ...(paragraph && !point && { paragraph }),
  };
  const substituted = substitution(clause.text, clause.plain);
  if (substituted) return { ...target, ...substituted };
  const added = addedWording(clause, after);
  if (added) return { ...target, correctedText: added };
  const correctedText =
    correctionWording(clause.text.slice(after)) ?? statedBefore(clause.text.slice(0, reference.index), clause.plain.slice(after));
  return correctedText ? { ...target, correctedText } : undefined;
}

/** ", paragraph 3" right after the minute's number, or after the minute's title in brackets: "Item 3 (Ford Lane), paragraph 8". */
const PARAGRAPH_NAMED = /^\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:para(?:graph)?\.?|para\.)\s+(\d{1,2})\b/i;
const PARAGRAPH_BEFORE =
  /\b(?:paragraph\s+(\d{1,2})|(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+paragraph)\s+of\s+(?:the\s+)?$/i;
/** "Minute 31/19, point (ii):": the numbered point named after the minute. */
const POINT_NAMED = /^\s*,?\s*point\s+\(?([ivx]{1,6})\)?(?![a-z])/i;
/** "… in the first paragraph of that item": the paragraph counted in words, anywhere after the minute's number. */
const PARAGRAPH_COUNTED =
  /\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+paragraph\s+of\s+(?:that|the|this)\s+(?:item|minute)\b|^[^"]{0,80}?\bin\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+paragraph\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "Minute 41 (Needs Assessment), third paragraph:": the paragraph counted in words right after the minute. */
const ORDINAL_PARAGRAPH_NAMED =
  /^\s*(?:\([^()]{1,80}\)\s*)?,?\s*(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+paragraph\b/i;

function paragraphNamed(afterReference: string): number | undefined {
  const numbered = PARAGRAPH_NAMED.exec(afterReference);
  if (numbered) return Number(numbered[1]);
  const ordinal = ORDINAL_PARAGRAPH_NAMED.exec(afterReference);
  if (ordinal) return ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1;
  const counted = PARAGRAPH_COUNTED.exec(afterReference);
  return counted ? ORDINALS.indexOf((counted[1] ?? counted[2])!.toLowerCase()) + 1 : undefined;
}

/** "the inclusion of the following wording in Item 3", "additional wording to minute number 32 … was agreed: '…'". */
const ADDS_WORDING =
  /\b(?:(?:additional|following|further|extra)\s+(?:wording|words|text|sentence)|(?:be|being)\s+(?:added|inserted|included)|(?:inclusion|insertion|addition)\s+of)\b/i;

/** The one quoted text a correction adds to a minute, when its wording says it adds words. */
function addedWording(clause: Clause, after: number): string | undefined {
  if (!ADDS_WORDING.test(clause.plain)) return undefined;
  const quotes = [...clause.plain.matchAll(QUOTED)];
  if (quotes.length !== 1 || quotes[0]!.index! < after) return undefined;
  return quotedWords(clause.text, quotes[0]!);
}

/** Quoted words: "…", '…' (not an apostrophe inside a word). Indices are those of the plain text. */
const QUOTED = /"([^"]{1,300})"|(?<![\w])'([^']{1,300})'(?![\w])/g;

/** Between two quoted texts: the first is replaced by the second … */
const FIRST_REPLACED_BY_SECOND =
  /^\s*(?:,\s*)?(?:(?:be|being|was|is|to\s+be|should\s+be)\s+)?(?:(?:amended|changed|corrected|altered)\s+to(?:\s+read)?|replaced\s+(?:with|by)|(?:should|to|would|shall)\s+(?:have\s+)?read|reads|(?:and|be)\s+(?:insert(?:ed|ing)?|the\s+insertion\s+of)|(?:with|by))\s*$/i;
/** … or the first is what should stand in place of the second. */
const SECOND_REPLACED_BY_FIRST = /^\s*,?\s*(?:rather\s+than|instead\s+of|in\s+place\s+of|and\s+not|for)\s*$/i;
/** Unquoted single words: "the replacement of agricultural with arboricultural". */
const REPLACE_WORD =
  /\breplac(?:e|ing|ement\s+of)\s+(?:the\s+word\s+)?([A-Za-z][\w-]*)\s+(?:with|by)\s+(?:the\s+word\s+)?([A-Za-z][\w-]*)\b/i;

function substitution(text: string, plain: string): { correctedText: string; replacedText: string } | undefined {
  const quotes = [...plain.matchAll(QUOTED)];
  for (const [index, first] of quotes.entries()) {
    const second = quotes[index + 1];
    if (!second) break;
    const between = plain.slice(first.index! + first[0].length, second.index);
    const firstWords = quotedWords(text, first);
    const secondWords = quotedWords(text, second);
    if (!firstWords || !secondWords || firstWords === secondWords) continue;
    if (FIRST_REPLACED_BY_SECOND.test(between)) return { replacedText: firstWords, correctedText: secondWords };
    if (SECOND_REPLACED_BY_FIRST.test(between)) return { replacedText: secondWords, correctedText: firstWords };
  }
  const word = quotes.length === 0 ? REPLACE_WORD.exec(plain) : null;
  if (word && word[1]!.toLowerCase() !== word[2]!.toLowerCase()) {
    return {
      replacedText: text.slice(word.index + word[0].indexOf(word[1]!), word.index + word[0].indexOf(word[1]!) + word[1]!.length),
      correctedText: word[2]!,
    };
  }
  return undefined;
}

/** The printed words inside the quotes, without a full stop or comma that the quotes happen to hold. */
function quotedWords(text: string, quote: RegExpExecArray): string | undefined {
  const start = quote.index! + 1;
  const words = text
    .slice(start, start + (quote[1] ?? quote[2])!.length)
    .replace(/[.,;:]+$/, '')
    .trim();
  return words === '' ? undefined : words;
}

/**
 * "subject to the word "unanimously" being deleted from the resolution at minute 52": a correction stated before the
 * minute it names, when nothing but the sentence's end follows the minute.
 */
function statedBefore(before: string, afterPlain: string): string | undefined {
  if (!/^\s*[.;]?\s*$/.test(afterPlain)) return undefined;
  const stated = before
    .replace(/^.*?\bsubject\s+to\s+/is, '')
    .replace(/\s+(?:at|in|of|from|to)\s*$/i, '')
    .trim();
  const changesWords = /\b(?:deleted|deleting|deletion|removed|removing|removal|struck\s+out|omitted|inserted|insertion|added|addition)\b/i;
  if (!changesWords.test(stated) || stated.split(/\s+/).length < 3) return undefined;
  return `${capitaliseFirst(stated)}.`;
}

/** "… minute 11(iii) that the whole family … not the Teen Health Service." → the corrected statement. */
function correctionWording(said: string): string | undefined {
  const stripped = said
    .replace(/^\s*[,:;-]?\s*/, '')
    .replace(/^\([^()]{1,80}\)\s*,?\s*/, '')
    .replace(/^(?:para(?:graph)?\.?)\s+\d{1,2}\s*,?\s*/i, '')
    // "minute 8(ii) of 13 March 2025 being amended …": the date of the minutes confirmed, named again.
    .replace(new RegExp(`^of\\s+(?:the\\s+(?:meeting\\s+(?:held\\s+)?on\\s+)?)?${DAY_MONTH_YEAR}\\s+`, 'i'), '')
    .replace(
      /^(?:(?:be|being)\s+amended\s+)?(?:so\s+that\s+it\s+reads?|to\s+read|that|should\s+read|which\s+should\s+read|reads?|as\s+follows)\s*:?\s*/i,
      '',
    )
    .replace(/\s*(?:;|,)?\s*(?:and|also)?\s*(?:with\s+regards?\s+to|in\s+respect\s+of)?\s*$/i, '');
  const wording = withoutFinalFullStop(withoutFinalFullStop(stripped).replace(/^['"\u2018\u201c]|['"\u2019\u201d]$/g, '')).trim();
  if (wording.split(/\s+/).length < 3) return undefined;
  return `${capitaliseFirst(wording)}.`;
}
