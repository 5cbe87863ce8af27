import { isoDate } from '../text/dates';
import { isAgendaInstruction } from './agenda-lines';
import { comparable, withoutFinalFullStop } from '../text/plain-text';
import { spanOf, type LineSpan } from '../text/span';
import type { MeetingHeader } from './minutes-document';
import type { RawItem } from './segment-items';
import { unitKind } from './unit-kinds';
import type { Unit } from './units';

/** Pages that show one item rather than a meeting: an item, an issue's history, a decision. */
export type SinglePageKind = 'item' | 'issue' | 'decision';

export interface SingleItemPage {
  readonly kind: SinglePageKind;
  readonly header?: MeetingHeader;
  readonly item: RawItem;
  /** The item's number, as the page prints it ("(Item 63)"). */
  readonly printedNumber?: { readonly value: string; readonly lines: LineSpan };
  readonly notes: { value: string; lines: LineSpan }[];
}

/** "Issue - meetings", "Issue - decisions", "Issue - items at meetings - <title>", "Issue history". */
const ISSUE_HEADING = /^(?:issue\s*-\s*(?:meetings|decisions|items\s+at\s+meetings\b.*)|issue\s+history)$/i;
/** "Meeting: 21/10/2021 - Ashbury Health & Wellbeing Board (Item 63)". */
const ISSUE_MEETING = /^Meeting\s*:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*(.+?)\s*\(\s*Item\s+([0-9]{1,3}[a-z]?)\.?\s*\)\s*$/i;
/** "21/02/2017 - Internal Audit Report": a decision record. */
const DECISION_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*-\s*(.{3,200})$/;
const AGENDA_ITEM_HEADING = /^agenda\s+item$/i;
/** "Decision details": a decision record, its title on the next line, its date (when shown) on a line of its own. */
const DECISION_DETAILS = /^decision\s+details$/i;
/** The fields of a decision record: who decided, its status, whether it is key or open to call-in. */
const DECISION_FIELD = /^(?:decision\s+maker|decision\s+status|is\s+key\s+decision\??|is\s+subject\s+to\s+call[\s-]?in\??)\s*:/i;
const DATE_OF_DECISION = /^(?:date\s+of\s+decision|decision\s+date|decision\s+published)\s*:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/i;

const ukDate = (day: string, month: string, year: string) => isoDate(Number(year), Number(month), Number(day));

/**
 * Reads a page that shows a single item, or returns undefined for a meeting page. An issue page
 * lists the issue at each meeting that took it; the first (the latest) is read, and the others
 * are named in a note, to be imported from their own meeting pages.
 */
export function readSingleItemPage(units: readonly Unit[]): SingleItemPage | undefined {
  const issue = units.slice(0, 4).findIndex((unit) => ISSUE_HEADING.test(unit.leadPlain));
  if (issue >= 0) return /^issue\s*-\s*decisions$/i.test(units[issue]!.leadPlain) ? decisionPage(units, issue) : issuePage(units, issue);
  const first = units[0];
  if (first && DECISION_DETAILS.test(first.leadPlain) && units[1]) return decisionDetails(units);
  const heading = agendaItemHeadingAt(units);
  if (heading >= 0 && units[heading + 1]) {
    const notes =
      heading > 0
        ? [
            {
              value: 'the lines above the "Agenda item" heading (the site\'s settings) are ignored',
              lines: spanOf(units[0]!.lines, units[heading - 1]!.lines),
            },
          ]
        : [];
    // "Agenda item", the title, "Meeting: 11/02/2025 - Cabinet (Item 87)": the item as an issue page shows it.
    if (units[heading + 2] && ISSUE_MEETING.test(units[heading + 2]!.leadPlain)) {
      const atMeeting = issuePage(units, heading);
      if (atMeeting) return { ...atMeeting, kind: 'item', notes: [...notes, ...atMeeting.notes] };
    }
    // "Agenda item", "14", the title: the item's number on a line of its own above its title.
    const numberLine = /^(\d{1,4})\.?$/.exec(units[heading + 1]!.leadPlain);
    if (numberLine && units[heading + 2]) {
      return {
        kind: 'item',
        printedNumber: { value: numberLine[1]!, lines: units[heading + 1]!.lines },
        item: { titleUnit: units[heading + 2]!, units: units.slice(heading + 3) },
        notes,
      };
    }
    const title = units[heading + 1]!;
    // "Agenda item" over "To confirm … the minutes …": the page lost the title; the agenda's words are not one.
    if (isAgendaInstruction(title.plain)) {
      return {
        kind: 'item',
        item: { units: units.slice(heading + 1) },
        notes: [...notes, { value: 'the page shows one item without its title', lines: title.lines }],
      };
    }
    // "Minutes:" over "* O&S 95": the minute's number, with its committee's prefix, heads the minute.
    const numbered = minuteNumberUnder(units[heading + 2], units[heading + 3]);
    if (numbered) {
      return {
        kind: 'item',
        printedNumber: numbered.number,
        item: { titleUnit: title, units: [numbered.label, ...units.slice(heading + (numbered.ownLine ? 4 : 3))] },
        notes,
      };
    }
    return { kind: 'item', item: { titleUnit: title, units: units.slice(heading + 2) }, notes };
  }
  // A decision record copied without its heading: "Decision Maker: Cabinet", "Decision status: …".
  if (first && units.slice(0, 8).filter((unit) => DECISION_FIELD.test(unit.leadPlain)).length >= 2) {
    const { header } = decisionDate(units);
    return {
      kind: 'decision',
      ...(header && { header }),
      item: { units: [...units] },
      notes: [{ value: 'the page shows a decision record without its heading or title', lines: first.lines }],
    };
  }
  if (first && unitKind(first).kind === 'minutes-label') {
    return {
      kind: 'item',
      item: { units: [...units] },
      notes: [{ value: 'the page shows one item without its title', lines: first.lines }],
    };
  }
  return undefined;
}

/** "* O&S 95", "CAB 12", "HWB/14": a minute's number with its committee's prefix, on a line of its own. */
const MINUTE_NUMBER_LINE = /^(?:[*\u2022]\s*)?((?:[A-Z][A-Z&]{0,5}[/.]?\s?)\d{1,4}(?:\/\d{2,4})?)$/;

/**
 * The minute's number printed under its "Minutes:" label, on the next line or as the bullet the label's
 * paragraph took in: the number, and the label without it.
 */
function minuteNumberUnder(
  label: Unit | undefined,
  next: Unit | undefined,
): { number: { value: string; lines: LineSpan }; label: Unit; ownLine: boolean } | undefined {
  if (!label || unitKind(label).kind !== 'minutes-label') return undefined;
  if (label.listLines.length > 0) {
    const listed = MINUTE_NUMBER_LINE.exec(label.listLines[0]!.trim());
    if (!listed || label.listLines.length > 1) return undefined;
    const bare = {
      ...label,
      text: label.lead,
      plain: label.leadPlain,
      listLines: [],
      lines: { from: label.lines.from, to: label.lines.from },
    };
    return { number: { value: listed[1]!, lines: { from: label.lines.to, to: label.lines.to } }, label: bare, ownLine: false };
  }
  const own = next ? MINUTE_NUMBER_LINE.exec(next.leadPlain.trim()) : null;
  return own && next ? { number: { value: own[1]!, lines: next.lines }, label, ownLine: true } : undefined;
}

/** The "Agenda item" heading: first, or under a few short lines of the site's settings and cookie notices. */
function agendaItemHeadingAt(units: readonly Unit[]): number {
  const at = units.slice(0, 8).findIndex((unit) => AGENDA_ITEM_HEADING.test(unit.leadPlain));
  return at >= 0 && units.slice(0, at).every((unit) => unit.plain.length <= 120) ? at : -1;
}

function issuePage(units: readonly Unit[], headingAt: number): SingleItemPage | undefined {
  const meetings = units
    .map((unit, index) => ({ index, match: ISSUE_MEETING.exec(unit.leadPlain) }))
    .filter((entry) => entry.match !== null);
  const first = meetings[0];
  if (!first) return undefined;
  const [, day, month, year, bodyName, number] = first.match!;
  const date = ukDate(day!, month!, year!);
  if (!date) return undefined;
  const meetingUnit = units[first.index]!;
  const end = meetings[1]?.index ?? units.length;
  const body = units.slice(first.index + 1, end);
  const notes = meetings.slice(1).map((entry) => ({
    value: `the page also shows this issue at the meeting of ${entry.match![1]}/${entry.match![2]}/${entry.match![3]}; import that meeting's page for it`,
    lines: units[entry.index]!.lines,
  }));
  // "63 Minutes of the last meeting pdf icon PDF 92 KB": the item's number and title.
  const numbered = body[0] ? new RegExp(`^${number}\\.?\\s+(?=\\S)`).exec(body[0].leadPlain) : null;
  // Or the issue's name printed again over the item, without a number.
  const issueName = units.slice(headingAt + 1, first.index).at(-1);
  const repeated = !numbered && body[0] && issueName && sameTitle(body[0].leadPlain, issueName.leadPlain) ? body[0] : undefined;
  const titled = numbered ? withoutPrefix(body[0]!, numbered[0].length) : repeated;
  const header: MeetingHeader = {
    lines: spanOf(units[headingAt]!.lines, meetingUnit.lines),
    bodyName: { value: withoutFinalFullStop(bodyName!.trim()), lines: meetingUnit.lines },
    date: { value: date, lines: meetingUnit.lines },
  };
  return {
    kind: 'issue',
    header,
    printedNumber: { value: number!, lines: meetingUnit.lines },
    item: titled ? { titleUnit: titled, units: body.slice(1) } : { units: body },
    notes,
  };
}

const titleWords = (text: string) => comparable(text.replace(/\s+pdf\s+icon\b.*$/i, ''));
const sameTitle = (a: string, b: string) => titleWords(a) !== '' && titleWords(a) === titleWords(b);

function decisionPage(units: readonly Unit[], headingAt: number): SingleItemPage | undefined {
  const at = units.findIndex((unit, index) => index > headingAt && DECISION_LINE.test(unit.leadPlain));
  if (at < 0) return undefined;
  const unit = units[at]!;
  const [, day, month, year] = DECISION_LINE.exec(unit.leadPlain)!;
  const date = ukDate(day!, month!, year!);
  if (!date) return undefined;
  const header: MeetingHeader = { lines: spanOf(units[headingAt]!.lines, unit.lines), date: { value: date, lines: unit.lines } };
  const title = /^\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*/.exec(unit.leadPlain)!;
  return { kind: 'decision', header, item: { titleUnit: withoutPrefix(unit, title[0].length), units: units.slice(at + 1) }, notes: [] };
}

function decisionDate(units: readonly Unit[]): { header?: MeetingHeader } {
  const dated = units.map((unit) => ({ unit, match: DATE_OF_DECISION.exec(unit.leadPlain) })).find((entry) => entry.match !== null);
  const date = dated ? ukDate(dated.match![1]!, dated.match![2]!, dated.match![3]!) : undefined;
  return date && dated ? { header: { lines: dated.unit.lines, date: { value: date, lines: dated.unit.lines } } } : {};
}

function decisionDetails(units: readonly Unit[]): SingleItemPage {
  const { header } = decisionDate(units);
  return { kind: 'decision', ...(header && { header }), item: { titleUnit: units[1]!, units: units.slice(2) }, notes: [] };
}

/** The unit without the first characters of its lead ("63 ", "21/02/2017 - "): the plain text maps one for one. */
function withoutPrefix(unit: Unit, length: number): Unit {
  return {
    ...unit,
    text: unit.text.slice(length),
    plain: unit.plain.slice(length),
    lead: unit.lead.slice(length),
    leadPlain: unit.leadPlain.slice(length),
  };
}
