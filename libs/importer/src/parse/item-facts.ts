import { sentencesOf } from '../text/sentences';
import { dateFromParts, MONTH_NAME, monthDaysIn, monthNumber, WEEKDAY } from '../text/dates';
import type { Located } from '../text/span';
import { declarationsIn, listedDeclarationIn, LISTS_DECLARATIONS_BELOW, natureHeadingIn, NO_DECLARATIONS } from './declarations';
import { NOT_RESOLVED } from './minute-body';
import {
  correctionsIn,
  isAmendmentHeading,
  isListedAmendment,
  listedAmendments,
  LISTS_AMENDMENTS_BELOW,
  type MinuteCorrectionText,
} from './minute-corrections';
import type { DeclarationText, ExclusionText, ItemFacts, PreviousMinutesText } from './minutes-document';

interface Passage {
  readonly text: string;
  readonly plain: string;
  readonly lines: Located<string>['lines'];
}

/** Facts that minutes state in set phrases, read from any paragraph or resolution part of an item. */
export function readItemFacts(passages: readonly Passage[], options: { readonly titleDate?: string } = {}): ItemFacts {
  const declarations: Located<DeclarationText>[] = [];
  let noDeclarations: Located<true> | undefined;
  const previousMinutes: Located<PreviousMinutesText>[] = [];
  let exclusion: Located<ExclusionText> | undefined;
  let underHeading: { by: 'agenda-item' | 'minute'; number: string } | undefined;
  let listingDeclarations = false;
  let listingNature: string | undefined;
  for (const [index, passage] of passages.entries()) {
    // "The Chair asked whether any member had an interest to declare. No declarations were made."
    const saysNoneMade =
      NO_DECLARATIONS.test(passage.plain) ||
      (sentencesOf(passage.text, passage.plain).some((sentence) => NO_DECLARATIONS.test(sentence.plain)) &&
        declarationsIn(passage).length === 0);
    if (saysNoneMade) noDeclarations ??= { value: true, lines: passage.lines };
    // Declarations grouped under a heading naming the item ("Item 5 – Local Plan") are in that item.
    const heading = ITEM_HEADING.exec(passage.plain);
    if (heading) underHeading = { by: /minute/i.test(heading[1]!) ? 'minute' : 'agenda-item', number: heading[2]! };
    // "Member", "Item", "Nature of interest": a table of declarations flattened into lines, a row every three.
    if (TABLE_OF_DECLARATIONS.every((cell, offset) => cell.test(passages[index + offset]?.plain.trim() ?? ''))) {
      declarations.push(...declarationRows(passages.slice(index + 3)));
    }
    // Under "The following declarations were made:" or "Personal interests", a paragraph naming a member and no
    // verb is a declaration.
    const stated = declarationsIn(passage, declarations.at(-1)?.value);
    const listed: DeclarationText | undefined =
      listingDeclarations && stated.length === 0 ? listedDeclarationIn(passage, listingNature) : undefined;
    if (listed) declarations.push({ value: listed, lines: passage.lines });
    const natureHeading = natureHeadingIn(passage.plain);
    listingDeclarations =
      (listingDeclarations && (listed !== undefined || stated.length > 0)) ||
      LISTS_DECLARATIONS_BELOW.test(passage.plain) ||
      natureHeading !== undefined;
    listingNature = natureHeading ?? (listingDeclarations ? listingNature : undefined);
    for (const declaration of stated) {
      const value = declaration.concerning === undefined && underHeading ? { ...declaration, concerning: underHeading } : declaration;
      declarations.push({ value, lines: passage.lines });
    }
    // "… subject to minute 12 being amended so that it reads:" and the corrected text quoted below, or
    // "… subject to the following amendments:" and the amendments, a paragraph each.
    const confirming = withAmendmentAbove(withTextBelow(passage, passages.slice(index + 1)), passages.slice(0, index));
    const minutes = previousMinutesIn(confirming, options.titleDate);
    if (minutes) previousMinutes.push({ value: minutes, lines: confirming.lines });
    const excluded = exclusionIn(passage);
    if (excluded && !exclusion) exclusion = { value: excluded, lines: passage.lines };
  }
  return {
    declarations,
    ...(noDeclarations && { noDeclarations }),
    previousMinutes,
    ...(exclusion && { exclusion }),
  };
}

const TABLE_OF_DECLARATIONS = [/^(?:member|councillor|name)$/i, /^(?:agenda\s+)?item$/i, /^nature\s+of\s+(?:the\s+)?interest$/i];
const ROW_MEMBER = /^(?:County\s+Councillor|Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$/;
const ROW_ITEM = /^(?:(?:agenda\s+)?item\s+|minute\s+)?(\d{1,3}[a-z]?)\b/i;

/** The rows of a flattened table of declarations: member, item ("45 - Winter Plan"), and "Personal interest - reason". */
function declarationRows(cells: readonly Passage[]): Located<DeclarationText>[] {
  const rows: Located<DeclarationText>[] = [];
  for (let at = 0; at + 2 < cells.length; at += 3) {
    const [member, item, natureCell] = [cells[at]!, cells[at + 1]!, cells[at + 2]!];
    const number = ROW_ITEM.exec(item.plain.trim())?.[1];
    if (!ROW_MEMBER.test(member.plain.trim()) || number === undefined) break;
    const listed = listedDeclarationIn({
      ...natureCell,
      text: `${member.text} - ${natureCell.text}`,
      plain: `${member.plain} - ${natureCell.plain}`,
    });
    rows.push({
      value: {
        member: member.text.trim(),
        ...(listed?.nature && { nature: listed.nature }),
        concerning: { by: /^minute/i.test(item.plain.trim()) ? 'minute' : 'agenda-item', number },
        ...(listed?.detail && { detail: listed.detail }),
        text: [member.text, item.text, natureCell.text].join(' | '),
      },
      lines: { from: member.lines.from, to: natureCell.lines.to },
    });
  }
  return rows;
}

const CHANGE_REFUSED = /\b(?:change|variation|proposal)\s+(?:was|were)\s+(?:not\s+(?:agreed|carried|approved)|lost|defeated|rejected)\b/i;

/** "The change was not agreed", "The motion was lost": what was proposed was not decided. */
export const saysNotAgreed = (plain: string): boolean => NOT_RESOLVED.test(plain) || CHANGE_REFUSED.test(plain);

const ENTRY_LABEL = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+/;
const READS_BELOW = /\b(?:so\s+that\s+it\s+reads?|to\s+read|as\s+follows|should\s+read)\s*:\s*$/i;

function withTextBelow(passage: Passage, below: readonly Passage[]): Passage {
  if (READS_BELOW.test(passage.plain) && below[0]) return joined(passage, [below[0]], ' ');
  if (!LISTS_AMENDMENTS_BELOW.test(passage.plain)) return passage;
  const amendments: Passage[] = [];
  for (const next of below) {
    // The paragraph under a heading such as "(b) Minute 7" is the amendment the heading names; a labelled entry after
    // labelled ones is one of them, read or not (one not read leaves the confirmation unread, never part-recorded).
    const underHeading = amendments.length > 0 && isAmendmentHeading(amendments.at(-1)!.plain);
    const labelledLikeTheLast = amendments.length > 0 && ENTRY_LABEL.test(amendments.at(-1)!.plain) && ENTRY_LABEL.test(next.plain);
    if (!underHeading && !labelledLikeTheLast && !isListedAmendment(next.plain)) break;
    amendments.push(next);
  }
  return amendments.length > 0 ? joined(passage, amendments, '\n\n') : passage;
}

/** "… subject to the amendment as detailed above": the confirmation refers back to its amendment. */
const AMENDMENT_ABOVE =
  /\bsubject\s+to\s+the\s+(?:amendments?|corrections?|changes?)\s+(?:as\s+)?(?:detailed|set\s+out|outlined|recorded|stated|shown|noted|agreed)\s+above\b/i;
/** A paragraph of the minute that amends an earlier one: "The following additional wording to minute 32 was agreed:". */
const NAMES_A_MINUTE = /\b(?:minute|item)\s+(?:no\.?\s*|number\s+)?\d{1,3}\b/i;
const AMENDING_WORDS = /\b(?:wording|amend(?:ed|ment)|correct(?:ed|ion)|read)\b/i;
const amendsAMinute = (plain: string) => NAMES_A_MINUTE.test(plain) && AMENDING_WORDS.test(plain);
/** A paragraph that is only a quotation: the words an amendment above it adds or corrects. */
const QUOTATION_ONLY = /^['"][^]*['"]\.?$/;

/**
 * The confirmation with the amendment it refers back to, when the minute states one just above it
 * (the amending paragraph and the quotation under it); as it was otherwise.
 */
function withAmendmentAbove(confirming: Passage, above: readonly Passage[]): Passage {
  if (!AMENDMENT_ABOVE.test(confirming.plain)) return confirming;
  const amending = above.findLastIndex((passage) => amendsAMinute(passage.plain));
  if (amending < 0) return confirming;
  const quoted = above[amending + 1] && QUOTATION_ONLY.test(above[amending + 1]!.plain.trim()) ? [above[amending + 1]!] : [];
  const amendment = [above[amending]!, ...quoted];
  return {
    text: [confirming, ...amendment].map((passage) => passage.text).join('\n\n'),
    plain: [confirming, ...amendment].map((passage) => passage.plain).join('\n\n'),
    lines: { from: amendment[0]!.lines.from, to: confirming.lines.to },
  };
}

function joined(first: Passage, rest: readonly Passage[], separator: string): Passage {
  return {
    text: [first, ...rest].map((passage) => passage.text).join(separator),
    plain: [first, ...rest].map((passage) => passage.plain).join(separator),
    lines: { from: first.lines.from, to: rest.at(-1)!.lines.to },
  };
}

const ITEM_HEADING = /^(agenda\s+item|item|minute)\s+(?:no\.?\s*)?(\d{1,3})\b[^.]{0,100}$/i;

/** "12 March 2024", "the 23rd January" (the year follows from the meeting), "Tuesday, 9 June, 2020". */
const A_DATE = `(?:the\\s+)?(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:,?\\s+(\\d{4}))?`;
const PREVIOUS_MINUTES = new RegExp(
  `\\bminutes\\s+(?:and\\s+\\w+\\s+)?(?:of|from|for)\\s+(?:(?:the\\s+|its\\s+)?[^.]{0,80}?\\b(?:held\\s+on|meetings?\\s+of|meetings?\\s+on)\\s+|(?=(?:the\\s+)?\\d))(${A_DATE}(?:\\s*(?:,|and|&)\\s*(?:(?:of\\s+)?the\\s+(?:[a-z]+\\s+){0,2}meeting\\s+held\\s+on\\s+)?${A_DATE}){0,3})\\b(.*)$`,
  'is',
);
const EACH_DATE = new RegExp(A_DATE, 'gi');
/** The minutes were confirmed: said of them, not proposed ("To approve …", "shall propose that …"). */
const CONFIRMED =
  /\b(?:confirmed|approved|agreed|signed|accepted)\b[^.]*?\b(?:correct|true|accurate)\s+records?\b|\b(?:correct|true|accurate)\s+records?\b[^.]*?\b(?:confirmed|approved|agreed|signed)\b|\bconfirmed\b|\bby\s+affirmation\b|\bminutes\b[^.]{0,160}?\b(?:were|was|be)\s+(?:duly\s+)?(?:approved|agreed|accepted|adopted)\b/i;
/** "… were not approved", "… could not be agreed": a confirmation refused or put off. */
const NOT_CONFIRMED = /\b(?:not|never)\s+(?:be\s+)?(?:confirmed|approved|agreed|accepted|adopted|signed)\b/i;
const PROPOSED = /^(?:To\s|The\s+Chair(?:man)?\s+(?:shall|will)\s+propose\b)/i;
const CORRECTION_SIGNAL = /\b(?:however|subject\s+to|amendments?|amended|corrections?|corrected|except|should\s+(?:read|have\s+read))\b/i;

function previousMinutesIn(passage: Passage, titleDate?: string): PreviousMinutesText | undefined {
  if (PROPOSED.test(passage.plain) || !CONFIRMED.test(passage.plain) || NOT_CONFIRMED.test(passage.plain)) return undefined;
  const match = PREVIOUS_MINUTES.exec(passage.plain);
  // "5.1 The minutes were confirmed as a correct record …" under "Minutes of the meeting held on 20 March 2019": the
  // minutes the item's title dates.
  const undated = match || !titleDate ? null : UNDATED_MINUTES.exec(passage.plain);
  if (undated) return confirmationRead(passage, [titleDate!], passage.plain.slice(undated[0].length));
  if (!match) return undefined;
  const printed = [...match[1]!.matchAll(EACH_DATE)];
  // "20th March and 2nd April 2014": a date without its year takes the year printed after it.
  const dates = printed.map((date, index) => {
    if (date[3]) return dateFromParts(date[1]!, date[2]!, date[3]);
    const later = printed.slice(index + 1).find((next) => next[3]);
    const laterDate = later && dateFromParts(later[1]!, later[2]!, later[3]!);
    if (!laterDate) return monthDayOf(date[1]!, date[2]!);
    const sameYear = dateFromParts(date[1]!, date[2]!, later[3]!);
    return sameYear && sameYear > laterDate ? dateFromParts(date[1]!, date[2]!, String(Number(later[3]) - 1)) : sameYear;
  });
  if (dates.length === 0 || dates.some((date) => date === undefined)) return undefined;
  return confirmationRead(passage, dates as string[], match[match.length - 1]!);
}

/** The minutes "The minutes were confirmed …" speaks of, with no date, under a title that gives one. */
const UNDATED_MINUTES =
  /^(?:\d{1,2}\.\d{1,2}\s+)?(?:That\s+)?the\s+minutes(?:\s+of\s+the\s+(?:previous|last)\s+meeting)?(?=\s+(?:were|was|be)\s)(?![^.]*\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b)/i;

/** A confirmation of the minutes of `dates`, with the corrections the words after them (`rest`) state. */
function confirmationRead(passage: Passage, dates: readonly string[], rest: string): PreviousMinutesText {
  const [heldOn, ...alsoHeldOn] = dates;
  const restOffset = passage.plain.length - rest.length;
  const more = alsoHeldOn.length > 0 ? { alsoHeldOn } : {};
  const signal = CORRECTION_SIGNAL.exec(rest);
  if (!signal) return { heldOn: heldOn!, ...more, corrections: [], text: passage.text };
  const notUnderstood = { heldOn: heldOn!, ...more, corrections: [], correctionNotUnderstood: passage.text, text: passage.text };
  // Corrections to one of several sets of minutes: only where they name that set's date ("of the 26th March minutes").
  const correctionsFor = alsoHeldOn.length > 0 ? setNamedIn(rest, dates as string[]) : heldOn;
  if (!correctionsFor) {
    // "… subject to: (a) in the minutes of 11 March, minute 52 … (b) the minutes of 22 April being amended …".
    const bySet = amendmentsBySet(passage.text.slice(restOffset), rest, dates as string[]);
    return bySet ? { heldOn: heldOn!, ...more, corrections: [], bySet, text: passage.text } : notUnderstood;
  }
  // "… were confirmed. It was noted that in minute 24, paragraph 2 should read …": from the sentence that corrects.
  const sentenceStart = passage.plain.lastIndexOf('. ', restOffset + signal.index) + 2;
  const from = sentenceStart > restOffset ? sentenceStart : restOffset + signal.index;
  const read = correctionsIn(passage.text.slice(from), passage.plain.slice(from));
  if (!read) return notUnderstood;
  return {
    heldOn: heldOn!,
    ...more,
    ...(alsoHeldOn.length > 0 && { correctionsFor }),
    corrections: read.corrections,
    ...(read.attendance.length > 0 && { attendanceCorrections: read.attendance }),
    text: passage.text,
  };
}

/** Amendments listed for several sets of minutes, each naming the one set it amends; undefined unless every one does. */
function amendmentsBySet(text: string, plain: string, dates: readonly string[]): PreviousMinutesText['bySet'] {
  const entries = listedAmendments(text, plain);
  if (!entries) return undefined;
  const sets = new Map<string, { heldOn: string; corrections: MinuteCorrectionText[]; attendanceCorrections: string[] }>();
  for (const entry of entries) {
    const named = setNamedIn(entry.plain, dates);
    const read = named ? correctionsIn(entry.text, entry.plain) : undefined;
    if (!named || !read) return undefined;
    const set = sets.get(named) ?? { heldOn: named, corrections: [], attendanceCorrections: [] };
    set.corrections.push(...read.corrections);
    set.attendanceCorrections.push(...read.attendance);
    sets.set(named, set);
  }
  return [...sets.values()];
}

/**
 * Which of several confirmed sets of minutes a correction names: by a date ("of the 26th March minutes", "in the
 * minutes of 8 July 2025") or a month ("of the February meeting"). Undefined unless exactly one set is named.
 */
function setNamedIn(correction: string, dates: readonly string[]): string | undefined {
  const monthDay = (date: string) => date.slice(-5);
  // "… were approved as correct records, the former subject to …": of two sets, the first or the second.
  const formerOrLatter = /\bthe\s+(former|latter)\b/i.exec(correction);
  if (formerOrLatter && dates.length === 2) return formerOrLatter[1]!.toLowerCase() === 'former' ? dates[0] : dates[1];
  const named = new Set<string>();
  for (const wanted of monthDaysIn(correction)) dates.filter((date) => monthDay(date) === wanted).forEach((date) => named.add(date));
  for (const mention of correction.matchAll(MONTH_OF_A_SET)) {
    const month = String(monthNumber(mention[1]!)).padStart(2, '0');
    dates.filter((date) => monthDay(date).startsWith(`${month}-`)).forEach((date) => named.add(date));
  }
  return named.size === 1 ? [...named][0] : undefined;
}
const MONTH_OF_A_SET = new RegExp(`\\bthe\\s+(${MONTH_NAME})\\s+(?:meeting|minutes)\\b`, 'gi');

/** "--MM-DD": a day and month printed without their year, which follows from the meeting. */
function monthDayOf(day: string, monthName: string): string | undefined {
  const month = monthNumber(monthName);
  const checked = month === undefined ? undefined : dateFromParts(day, monthName, '2000');
  return checked ? `--${checked.slice(5)}` : undefined;
}

const EXCLUDED =
  /\b(?:(?:press\s+and\s+)?public(?:\s+and\s+(?:the\s+)?press|,\s+including\s+the\s+press,)?\s+be\s+(?:excluded|asked\s+to\s+leave)|exclude\s+the\s+(?:press\s+and\s+)?public(?:\s+and\s+(?:the\s+)?press)?)\b/i;
const SCHEDULE_12A_PARAGRAPHS =
  /\bparagraphs?,?\s+((?:\d{1,2}\s*(?:,|and|&)?\s*)+)(?:of\s+)?(?:Part\s+(?:1|I)\s+of\s+)?Schedule\s+12\s*A\b/i;
const SECTION_100A = /\bSection\s*100\s*\(?\s*A\s*\)?(?:\s*\(\s*4\s*\))?\s+of\s+the\s+Local\s+Government\s+Act\s+1972\b/i;

/** Wording that excludes the press and public ("the public and press be excluded …"). */
export const excludesThePublic = (text: string): boolean => EXCLUDED.test(text);

function exclusionIn(passage: Passage): ExclusionText | undefined {
  if (!EXCLUDED.test(passage.plain)) return undefined;
  const cited = SCHEDULE_12A_PARAGRAPHS.exec(passage.plain);
  if (!cited) return undefined;
  const paragraphs = [...cited[1]!.matchAll(/\d{1,2}/g)].map((number) => Number(number[0]));
  const legalBasis = SECTION_100A.test(passage.plain)
    ? 'Section 100A of the Local Government Act 1972'
    : 'Schedule 12A of the Local Government Act 1972';
  return { legalBasis, paragraphs, text: passage.text };
}
