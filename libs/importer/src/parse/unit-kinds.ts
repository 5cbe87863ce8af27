import type { Unit } from './units';

/** What a paragraph is, by its opening words; the same in every layout. */
export type UnitKind =
  | { readonly kind: 'item-number'; readonly number: string }
  | { readonly kind: 'minutes-label' }
  | { readonly kind: 'resolved-label'; readonly rest: string; readonly restOffset: number }
  | { readonly kind: 'lettered'; readonly label: string; readonly rest: string; readonly restOffset: number }
  | { readonly kind: 'point'; readonly label: string; readonly rest: string; readonly restOffset: number }
  | { readonly kind: 'that' }
  | { readonly kind: 'agreed-that' }
  | { readonly kind: 'chair'; readonly chair: string }
  | { readonly kind: 'other' };

/**
 * "12.", "1829.", "39/20" (number and year), "3(1)" (a sub-item), "SC/01", "PCP/1/25" and "CAB 23/24 88" (a
 * committee's prefix): a minute's number on its own line; "1   21/25", "Agenda Item 1 / Minute 15", "Minute 41 (Agenda item 1)",
 * "1. (Minute 40)": the minute's number with the agenda's.
 */
const ITEM_NUMBER =
  /^(\d{1,4})\.$|^(?:\d{1,3}\.?\s+)?(\d{1,3}\/\d{2}(?:\d{2})?)$|^[Aa]genda\s+[Ii]tem\s+\d{1,3}\s*[/|,]\s*[Mm]inute\s+(?:no\.?\s*)?(\d{1,4}(?:\/\d{2}(?:\d{2})?)?)\.?$|^[Mm]inute\s+(?:[Nn]o\.?\s*)?(\d{1,4}(?:\/\d{2}(?:\d{2})?)?)\s*\([Aa]genda\s+[Ii]tem\s+\d{1,3}\)\.?$|^\d{1,3}\.?\s*\(\s*[Mm]inute\s+(?:[Nn]o\.?\s*)?(\d{1,4}(?:\/\d{2}(?:\d{2})?)?)\s*\)$|^(\d{1,3}\(\d{1,2}\))\.?$|^((?!(?:PART|ITEM|PAGE|ANNEX)\b)[A-Z]{2,6}[/.]?\s?(?:\d{2}\/\d{2}\s)?\d{1,3}(?:\/\d{2}(?:\d{2})?)?)\.?$/;
const MINUTES_LABEL = /^minutes\s*:$/i;
/** "RESOLVED:", "RESOLVED –", "RESOLVED" alone, "RESOLVED That …"; also AGREED, DECIDED and a "Decision:" section; after a paragraph number ("17.4 Resolved –"); "RESOLVED, that …". */
const RESOLVED_LABEL =
  /^(?:\d{1,3}\.\d{1,2}\s+)?(?:(?:RESOLVED|AGREED|DECIDED)(?:\s*[:\u2013-]+\s*|\s*,?\s+(?=[Tt]hat\b|\(|to\s+[a-z]+\s)|\s*$)|(?:Resolved|Agreed|Decided)\s*[:\u2013-]+\s*|(?:Decision|DECISION)\s*:\s*)/;
const LETTERED = /^\(?([a-z])\)\s*/;
/** "1. That …", "(2) That …": a part numbered as the minutes print it. */
export const NUMBERED_PART = /^\(?([1-9]\d?)[.)]\s+(?=\S)/;
const POINT = /^\(([ivx]{1,6})\)\s*/i;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;
const THAT = /^That\s+\S/;
/**
 * "The minutes of the meeting held on … be approved …", "The report be noted": a resolution whose
 * "RESOLVED that" was lost, told by the bare "be" no sentence of narrative uses.
 */
const BARE_SUBJUNCTIVE =
  /^The\s+(?:proposed\s+)?(?:(?!that\b|which\b|who\b|agreed\b|asked\b|requested\b|recommended\b|proposed\b|suggested\b|moved\b|felt\b|considered\b|said\b|stated\b|explained\b|noted\b|will\b|would\b|should\b|shall\b|could\b|can\b|may\b|might\b|must\b|to\b|not\b|it\b)[\w'\u2019(),&/-]+\s+){1,20}be\s+(?:approved|noted|agreed|received|adopted|endorsed|deferred|confirmed|accepted|supported|ratified)\b/i;
/** "It was proposed, seconded, and AGREED that …": a decision written into the minute. */
export const AGREED_THAT =
  /^(?:On\s+the\s+(?:nomination|motion|proposal)\s+of\s+[^,]{3,60},\s+(?:seconded\s+by\s+[^,]{3,60},\s+)?)?It\s+was\s+(?:(?:duly|formally|unanimously|therefore|then|also|proposed|moved|seconded|and)[\s,]+|(?:by\s+(?:Cllr\.\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4}(?:\s*\([^()]{1,60}\))?[\s,]+))*(?:agreed|resolved),?\s+that:?\s+/i;
/**
 * "There being no other nominations, Cllr X was appointed Chairman for 2024/25": an election told in
 * prose, at the start of its paragraph or after the nomination and seconding it follows.
 */
const ELECTED_IN_PROSE =
  /(?:^|[.!?]\s+)(?:There\s+(?:being|were)\s+no\s+(?:other|further)\s+nominations?(?:,|\s+and)|No\s+(?:other|further)\s+nominations\s+having\s+been\s+(?:received|made),)\s+.{3,80}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:re-)?(?:elected|appointed)\s+(?:unanimously\s+)?(?:as\s+)?(?:the\s+)?(?:Vice[\s-]?|Deputy\s+)?Chair/i;
/** "Cllr. X in the Chair", "(COUNCILLOR X IN THE CHAIR)": who chaired from here on. */
const IN_THE_CHAIR = /^(\(\s*)?(.{3,80}?)\s*\(?\s*in the chair\s*\)?\.?$/i;

/** Where a printed number stands in the order of business: "39/20" at 39, "3(2)" just after 3. */
export function itemNumberOrder(number: string): number {
  // "SC/01", "PCP/1/25": the committee's prefix orders nothing.
  // "CAB 23/24 88": the municipal year printed between prefix and number orders nothing either.
  const [, main, sub] = /^(?:[A-Z][A-Z&]{1,5}[/.]?\s?)?(?:\d{2}\/\d{2}\s)?(\d+)(?:\((\d+)\))?/.exec(number)!;
  return Number(main) + (sub === undefined ? 0 : Number(sub) / 100);
}

/** Whether a passage opens as a resolution does: "That …", or the bare "be" of "The report be noted". */
export function opensAsResolution(plain: string): boolean {
  return THAT.test(plain) || BARE_SUBJUNCTIVE.test(plain);
}

export function isRomanNumeral(label: string): boolean {
  return label !== '' && ROMAN.test(label);
}

export function unitKind(unit: Unit): UnitKind {
  const plain = unit.leadPlain;
  const number = ITEM_NUMBER.exec(plain);
  if (number)
    return { kind: 'item-number', number: (number[1] ?? number[2] ?? number[3] ?? number[4] ?? number[5] ?? number[6] ?? number[7])! };
  if (MINUTES_LABEL.test(plain)) return { kind: 'minutes-label' };
  const resolved = RESOLVED_LABEL.exec(plain);
  if (resolved) return { kind: 'resolved-label', rest: unit.text.slice(resolved[0].length), restOffset: resolved[0].length };
  const point = POINT.exec(plain);
  if (point && isRomanNumeral(point[1]!)) {
    return { kind: 'point', label: point[1]!.toLowerCase(), rest: unit.text.slice(point[0].length), restOffset: point[0].length };
  }
  const lettered = LETTERED.exec(plain);
  if (lettered) return { kind: 'lettered', label: lettered[1]!, rest: unit.text.slice(lettered[0].length), restOffset: lettered[0].length };
  if (THAT.test(plain) || BARE_SUBJUNCTIVE.test(plain)) return { kind: 'that' };
  if (AGREED_THAT.test(plain) || ELECTED_IN_PROSE.test(plain)) return { kind: 'agreed-that' };
  const chair = IN_THE_CHAIR.exec(plain);
  if (chair && unit.listLines.length === 0) {
    const from = chair[1]?.length ?? 0;
    return {
      kind: 'chair',
      chair: unit.text
        .slice(from, from + chair[2]!.length)
        .trim()
        .replace(/,$/, ''),
    };
  }
  return { kind: 'other' };
}

/** A lettered part and a roman point share (i), (v) and (x); the letter expected next decides. */
export function asLetterIfExpected(kind: UnitKind, expectedLetter: string | undefined): UnitKind {
  if (kind.kind === 'point' && expectedLetter !== undefined && kind.label === expectedLetter) {
    return { kind: 'lettered', label: kind.label, rest: kind.rest, restOffset: kind.restOffset };
  }
  return kind;
}

const TRUNCATION = /\s*(?:\.{3}|\u2026)\s*view the full minutes text for item\s*\S+?\.?\s*$/i;

/** ModernGov cuts long minutes short on the meeting page and links to the full text. */
export function truncationIn(text: string): { readonly kept: string } | undefined {
  const match = TRUNCATION.exec(text);
  return match ? { kept: text.slice(0, match.index).trim() } : undefined;
}
