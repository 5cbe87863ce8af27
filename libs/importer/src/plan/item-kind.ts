import type { ItemKind } from '@ledger/domain';
import { isMinuteOpener } from '../parse/agenda-lines';
import { excludesThePublic } from '../parse/item-facts';
import type { DocumentItem } from '../parse/minutes-document';

/** An opening item's other business, named with declarations in one title. */
const OPENING = String.raw`(?:welcome|introductions?|apologies(?:\s+for\s+absence)?|substitut(?:ions|es)(?:\s+of\s+members)?)`;

const BY_TITLE: [RegExp, ItemKind][] = [
  // "Welcome, apologies and declarations of interest": the declarations are the part the minutes record as such.
  [
    new RegExp(
      String.raw`^${OPENING}(?:\s*(?:,|and|&)\s*${OPENING})*\s*(?:,\s*)?(?:and|&)\s+(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+)?interests?\b`,
      'i',
    ),
    'declarations-of-interest',
  ],
  [/^(?:welcome(?:\s+and|,)?\s+)?introductions?\b/i, 'introductions'],
  [/^apologies\b/i, 'apologies'],
  [/\b(?:appointment|election)\s+of\s+(?:the\s+)?(?:deputy\s+|vice[\s-]?)?chair/i, 'election-of-officeholder'],
  [
    /^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:previous|last)\s+meetings?|^minutes\s+of\s+the\s+(?:last\s+)?meetings?\s+held\b|^(?:the\s+)?minutes$|^(?:confirmation|approval)\s+of\s+(?:the\s+)?minutes\b/i,
    'minutes-of-previous-meeting',
  ],
  [/^matters\s+arising\b/i, 'matters-arising'],
  [/\baction\s+log\b/i, 'action-log'],
  // Not "Declarations of the Party Whip": a whip is not an interest.
  [/^(?:declarations?|disclosures?)\s+of\b(?!\s+(?:the\s+)?party\s+whip)|^(?:members'?\s+)?interests$/i, 'declarations-of-interest'],
  [/\border\s+of\s+business\b/i, 'change-to-order-of-business'],
  [/^(?:any\s+)?(?:other\s+(?:urgent\s+)?business|(?:items?\s+of\s+)?urgent\s+business)\b/i, 'other-business'],
  [/^dates?\s+(?:and\s+times?\s+)?of\s+(?:the\s+)?(?:next|future)\s+meetings?\b/i, 'date-of-next-meeting'],
  [/^exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+)?public\b/i, 'exclusion-of-press-and-public'],
];

const OPENS_A_MEETING =
  /\bwelcomed\s+(?:everyone|all|members)\b|\bintroductions\s+were\s+made\b|\bintroduced\s+(?:himself|herself|themselves)\b/i;

export interface KindReading {
  readonly kind: ItemKind;
  /** True when nothing in the page said what kind of item it is. */
  readonly assumed: boolean;
}

/** What kind of item it is: by its title, else by what the agenda and then the minute say of it. */
export function itemKindOf(item: DocumentItem): KindReading {
  const title = item.title?.value;
  if (title !== undefined) {
    const byTitle = BY_TITLE.find(([pattern]) => pattern.test(title));
    if (byTitle) return { kind: byTitle[1], assumed: false };
  } else {
    const firstParagraph = item.minute.paragraphs[0]?.value ?? '';
    if (OPENS_A_MEETING.test(firstParagraph)) return { kind: 'introductions', assumed: false };
    if (/^apologies\b/i.test(firstParagraph)) return { kind: 'apologies', assumed: false };
  }
  // What the minute records says what the item was, when its title does not.
  if (item.facts.previousMinutes.length > 0 && !item.resolution?.parts.some((part) => !/\bminutes\b/i.test(part.plain))) {
    return { kind: 'minutes-of-previous-meeting', assumed: false };
  }
  if (item.facts.noDeclarations && title === undefined) return { kind: 'declarations-of-interest', assumed: false };
  // An untitled item that resolves nothing but to exclude the press and public is that exclusion.
  const parts = item.resolution?.parts ?? [];
  if (title === undefined && item.facts.exclusion && parts.length > 0 && parts.every((part) => excludesThePublic(part.plain))) {
    return { kind: 'exclusion-of-press-and-public', assumed: false };
  }
  const agenda = item.agendaText.map((line) => line.value).join('\n');
  if (/\bpresentation\b/i.test(agenda)) return { kind: 'presentation', assumed: false };
  if (/\b(?:oral|verbal)\s+update\b/i.test(agenda)) return { kind: 'oral-update', assumed: false };
  if (item.report || /\breport\b/i.test(agenda)) return { kind: 'report', assumed: false };
  const opening = item.minute.paragraphs.find((paragraph) => isMinuteOpener(paragraph.value))?.value ?? '';
  if (/\bpresentation\b/i.test(opening)) return { kind: 'presentation', assumed: false };
  if (/\b(?:oral|verbal)\s+update\b/i.test(opening)) return { kind: 'oral-update', assumed: false };
  if (/\breport\b/i.test(opening)) return { kind: 'report', assumed: false };
  return { kind: 'report', assumed: true };
}

/** The domain needs a title; an untitled item is named by its kind, and the plan says so. */
export function titleForUntitled(kind: ItemKind): string {
  if (kind === 'introductions') return 'Introductions';
  if (kind === 'apologies') return 'Apologies';
  return 'Untitled item';
}
