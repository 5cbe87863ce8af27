import { MinutesFormatError } from '../errors';
import { plainPunctuation, withoutFinalFullStop } from '../text/plain-text';
import { readSourceLines, type SourceLine } from '../text/source-lines';
import { spanOf, type Located } from '../text/span';
import { ADDITIONAL_DOCUMENTS, citedAgendaNumberIn, isAgendaLine, presenterIn, reportMarkerIn, titleWithoutMarkers } from './agenda-lines';
import { readHeader } from './header';
import { INLINE_NUMBER } from './titles';
import { readItemFacts } from './item-facts';
import { readMinute } from './minute-body';
import { withResolutionCutAtPageEnd } from './cut-at-page-end';
import { readSingleItemPage } from './single-item-pages';
import { datesIn } from '../text/dates';
import { readFlattenedTable, type FlattenedTable } from './flattened-table';
import { chairNamedIn, peopleWithRolesIn, presentersIn, reportAuthorIn } from './minute-people';
import type { DocumentItem, MeetingHeader, MinutesDocument } from './minutes-document';
import { detectLayout, OPENS_A_MEETING, resolutionGapOf, splitNumbered, splitUnnumbered, type RawItem } from './segment-items';
import { unitKind } from './unit-kinds';
import { groupUnits, type Unit } from './units';

/**
 * Reads the plain text of a ModernGov minutes page into a structured document. Pure: the same
 * text always gives the same document. Throws MinutesFormatError, with the line, for a page that
 * is not minutes at all; anything odd but readable becomes a note instead.
 */
export function parseMinutes(text: string): MinutesDocument {
  const lines = withBareNumbersAsNumbers(readSourceLines(text));
  const lastLine = lines.findLastIndex((line) => line.text.trim() !== '') + 1;
  return withResolutionCutAtPageEnd(readPage(lines), lastLine);
}

/**
 * "1", "Appointment of Chair", …, "2", "Election of Vice-Chair": items numbered without the full stop, each number
 * alone on its line over a title. Read as numbers only where at least three run 1, 2, 3 … in order and nothing else
 * on the page is numbered so; a stray digit alone on a line stays what it is.
 */
function withBareNumbersAsNumbers(lines: readonly SourceLine[]): SourceLine[] {
  const bare = lines.flatMap((line, index) => (/^\d{1,3}$/.test(line.plain.trim()) ? [index] : []));
  const values = bare.map((index) => Number(lines[index]!.plain.trim()));
  const inSequence = values.length >= 3 && values[0] === 1 && values.every((value, at) => value === at + 1);
  const overTitles = bare.every((index) => {
    const next = lines.slice(index + 1).find((line) => line.plain.trim() !== '');
    return next !== undefined && /^[A-Z]/.test(next.plain.trim()) && next.plain.trim().length <= 120;
  });
  const numberedOtherwise = lines.some((line) => /^\d{1,3}\.$/.test(line.plain.trim()));
  if (!inSequence || !overTitles || numberedOtherwise) return [...lines];
  const numbered = new Set(bare);
  return lines.map((line, index) =>
    numbered.has(index) ? { number: line.number, text: `${line.text.trim()}.`, plain: `${line.plain.trim()}.` } : line,
  );
}

function readPage(lines: readonly SourceLine[]): MinutesDocument {
  const table = readFlattenedTable(lines);
  if (table) return readTablePage(lines.length, table);
  const units = groupUnits(lines);
  const single = readSingleItemPage(units);
  if (single) {
    requireSomething(single.item, units);
    const labelledPage = units.some((unit) => unitKind(unit).kind === 'minutes-label' || unitKind(unit).kind === 'resolved-label');
    const item = readItem(single.item, { labelledPage, resolutionGap: resolutionGapOf(units), decisionRecord: single.kind === 'decision' });
    return {
      lineCount: lines.length,
      layout: 'unnumbered',
      pageKind: single.kind,
      ...(single.header && { header: single.header }),
      items: [single.printedNumber ? { ...item, printedNumber: single.printedNumber } : item],
      notes: single.notes,
    };
  }
  const headerReading = readHeader(units);
  const body = units.slice(headerReading.unitCount);
  const notes: Located<string>[] = headerReading.notes.map(({ value, lines: span }) => ({ value, lines: span }));
  const afterHeader = body[0]?.lines.from ?? lines.length;
  if (body.length === 0) {
    throw new MinutesFormatError('NO_ITEMS', afterHeader, 'the page has a header but nothing after it');
  }

  const layout = detectLayout(body);
  const resolutionGap = resolutionGapOf(body);
  let rawItems: RawItem[];
  if (layout === 'numbered') {
    const split = splitNumbered(body);
    rawItems = split.items;
    // "The Chairman welcomed everyone to the meeting …" above the first number: the untitled opening item, unless
    // the page numbers its first item 1, whose number the opening item would otherwise take.
    const opening =
      split.before.length > 0 &&
      split.before.every((unit) => unitKind(unit).kind === 'other') &&
      split.before.some((unit) => OPENS_A_MEETING.test(unit.plain)) &&
      !split.items.some((item) => item.numberUnit !== undefined && unitKindNumber(item.numberUnit) === '1');
    if (opening) {
      rawItems = [{ units: [...split.before] }, ...split.items];
    } else if (split.before.length > 0) {
      notes.push({
        value: 'text before the first numbered item is not part of any item and is ignored',
        lines: spanOf(split.before[0]!.lines, ...split.before.map((unit) => unit.lines)),
      });
    }
  } else {
    rawItems = splitUnnumbered(body, resolutionGap, headerReading.header !== undefined);
  }
  if (!rawItems.some((item) => item.titleUnit !== undefined) && !headerReading.header) {
    if (showsOneItem(body)) return untitledItemPage(lines.length, body, resolutionGap);
    throw new MinutesFormatError('NO_ITEMS', body[0]!.lines.from, 'no item titles, item numbers or meeting header were found');
  }
  const labelledPage = body.some((unit) => unitKind(unit).kind === 'minutes-label' || unitKind(unit).kind === 'resolved-label');
  const items = withoutCutTitle(
    rawItems.map((raw, index) => readItem(raw, { labelledPage, resolutionGap, endsThePage: index === rawItems.length - 1 })),
    body.at(-1)!,
    notes,
  );
  refuseAgendaOnly(items, headerReading.header, labelledPage, body[0]!.lines.from);
  return {
    lineCount: lines.length,
    layout,
    pageKind: 'meeting',
    ...(headerReading.header && { header: headerReading.header }),
    items,
    notes,
  };
}

const DECISION_LABEL = /^decision\s*:\s*$/i;

/** Paragraphs that only a minute holds: a resolution's label or words. */
const DECIDES = new Set(['resolved-label', 'that', 'agreed-that']);

function readItem(
  raw: RawItem,
  options: { labelledPage: boolean; resolutionGap: number; endsThePage?: boolean; decisionRecord?: boolean },
): DocumentItem {
  const minutesLabel = raw.units.findIndex((unit) => unitKind(unit).kind === 'minutes-label');
  const papersListed = raw.units.findLastIndex((unit) => ADDITIONAL_DOCUMENTS.test(unit.leadPlain));
  let agendaUnits: Unit[];
  let minuteUnits: Unit[];
  // An issue's page prints the "Decision:" above the "Minutes:": the minute is read first, its decision after it,
  // where the decision is worded as a resolution ("RESOLVED: 1. That …"), not a line repeating the minute.
  const decisionAt = minutesLabel >= 0 ? raw.units.slice(0, minutesLabel).findIndex((unit) => DECISION_LABEL.test(unit.leadPlain)) : -1;
  const decisionAbove =
    decisionAt >= 0 && raw.units.slice(decisionAt + 1, minutesLabel).some((unit) => DECIDES.has(unitKind(unit).kind)) ? decisionAt : -1;
  if (decisionAbove >= 0) {
    agendaUnits = raw.units.slice(0, decisionAbove);
    minuteUnits = [...raw.units.slice(minutesLabel + 1), ...raw.units.slice(decisionAbove, minutesLabel)];
  } else if (minutesLabel >= 0) {
    agendaUnits = raw.units.slice(0, minutesLabel);
    minuteUnits = raw.units.slice(minutesLabel + 1);
  } else if (papersListed >= 0 && papersListed < raw.units.length - 1) {
    // The "Minutes:" label was lost, but the minute still follows the list of papers.
    agendaUnits = raw.units.slice(0, papersListed + 1);
    minuteUnits = raw.units.slice(papersListed + 1);
  } else if (
    options.labelledPage &&
    options.endsThePage &&
    raw.titleUnit &&
    raw.units[0] &&
    isAgendaLine(raw.units[0].plain) &&
    !raw.units.some((unit) => DECIDES.has(unitKind(unit).kind))
  ) {
    // The page's last item has the agenda's words and no "Minutes:" label, nor any resolution: the page ends
    // before its minute.
    agendaUnits = [...raw.units];
    minuteUnits = [];
  } else {
    const firstMinute = raw.titleUnit || options.decisionRecord ? raw.units.findIndex((unit) => !isAgendaLine(unit.plain)) : 0;
    const split = firstMinute === -1 ? raw.units.length : firstMinute;
    agendaUnits = raw.units.slice(0, split);
    minuteUnits = raw.units.slice(split);
  }

  const reading = readMinute(minuteUnits, options);
  // "29. Introductions": the number printed on the title's line.
  const inlineNumber = !raw.numberUnit && raw.titleUnit ? INLINE_NUMBER.exec(raw.titleUnit.text) : null;
  const titleText = inlineNumber ? raw.titleUnit!.text.slice(inlineNumber[0].length) : raw.titleUnit?.text;
  const titlePlain = inlineNumber ? raw.titleUnit!.plain.slice(inlineNumber[0].length) : raw.titleUnit?.plain;
  const title = titleText !== undefined ? titleWithoutMarkers(titleText, titlePlain!) : undefined;
  const marker = raw.titleUnit ? reportMarkerIn(raw.titleUnit.leadPlain) : undefined;
  const presenter = agendaUnits
    .map((unit) => ({ found: presenterIn(unit.text, unit.plain), lines: unit.lines }))
    .find((candidate) => candidate.found !== undefined);
  // "1   21/25" on the number's line: the agenda's number before the minute's.
  const agendaNumberBeside = raw.numberUnit
    ? /^(\d{1,3})\.?\s+\d{1,3}\/|^minute\s+\S+\s*\(agenda\s+item\s+(\d{1,3})\)|^(\d{1,3})\.?\s*\(\s*minute\b/i.exec(
        raw.numberUnit.leadPlain,
      )
    : null;
  const cited =
    inlineNumber?.[2] !== undefined
      ? { number: Number(inlineNumber[1]), lines: raw.titleUnit!.lines }
      : agendaNumberBeside
        ? { number: Number(agendaNumberBeside[1] ?? agendaNumberBeside[2] ?? agendaNumberBeside[3]), lines: raw.numberUnit!.lines }
        : minuteUnits
            .map((unit) => ({ number: citedAgendaNumberIn(unit.plain), lines: unit.lines }))
            .find((candidate) => candidate.number !== undefined);
  // In page order, so a passage can be read with the ones that follow it ("… the following amendments:").
  const passages = [
    ...reading.minute.paragraphs.map((paragraph) => ({ text: paragraph.value, lines: paragraph.lines })),
    ...reading.minute.afterResolution.map((paragraph) => ({ text: paragraph.value, lines: paragraph.lines })),
    ...(reading.resolution?.parts ?? []).map((part) => ({ text: part.text, lines: part.lines })),
  ]
    .sort((a, b) => a.lines.from - b.lines.from)
    .map((passage) => ({ ...passage, plain: plainPunctuation(passage.text) }));

  const minutePassages = [...reading.minute.paragraphs, ...reading.minute.afterResolution].map((paragraph) => ({
    text: paragraph.value,
    plain: plainPunctuation(paragraph.value),
    lines: paragraph.lines,
  }));
  const known = peopleWithRolesIn(
    agendaUnits.map((unit) => unit.plain),
    presenter?.found,
  );
  const presenters = presentersIn(minutePassages, known);
  const reportAuthor = reportAuthorIn(minutePassages);
  const chairNamed = chairNamedIn(minutePassages);

  const all = [raw.numberUnit, raw.titleUnit, ...raw.units].filter((unit): unit is Unit => unit !== undefined);
  return {
    lines: spanOf(all[0]!.lines, ...all.map((unit) => unit.lines)),
    ...(raw.numberUnit && { printedNumber: { value: unitKindNumber(raw.numberUnit), lines: raw.numberUnit.lines } }),
    ...(inlineNumber && {
      printedNumber: { value: (inlineNumber[2] ?? inlineNumber[1] ?? inlineNumber[3])!, lines: raw.titleUnit!.lines },
    }),
    ...(title !== undefined && title !== '' && { title: { value: title, lines: raw.titleUnit!.lines } }),
    ...(marker && { report: { value: { sizeKb: marker.sizeKb }, lines: raw.titleUnit!.lines } }),
    ...(marker && reportAuthor && { reportAuthor }),
    ...(presenter?.found && { presenter: { value: presenter.found, lines: presenter.lines } }),
    agendaText: agendaUnits.map((unit) => ({ value: unit.text, lines: unit.lines })),
    ...(cited?.number !== undefined && { citedAgendaNumber: { value: cited.number, lines: cited.lines } }),
    minute: reading.minute,
    ...(reading.resolution && { resolution: reading.resolution }),
    ...(reading.chairTaken && { chairTaken: reading.chairTaken }),
    ...(chairNamed && { chairNamed }),
    ...(presenters && { presenters }),
    ...(reading.truncated && { truncated: reading.truncated }),
    facts: readItemFacts(passages, titleDateOf(title)),
  };
}

/**
 * A page that ends on an item's title, with nothing of the item after it, was cut short there: the
 * title may be cut too ("MIN…"), so it is not recorded; the item keeps its number.
 */
function withoutCutTitle(items: DocumentItem[], lastUnit: Unit, notes: Located<string>[]): DocumentItem[] {
  const last = items.at(-1);
  if (!last?.title || last.title.lines.to !== lastUnit.lines.to || last.agendaText.length > 0 || last.minute.lines) return items;
  // "Rural England Prosperity Fund pdf ico": cut inside the paper's marker, after the whole title.
  const marker = CUT_MARKER.exec(lastUnit.text);
  if (marker) {
    const title = withoutFinalFullStop(lastUnit.text.slice(0, marker.index).trim());
    return [...items.slice(0, -1), { ...last, title: { value: title, lines: last.title.lines } }];
  }
  const { title, report: _report, ...rest } = last;
  notes.push({
    value: `the page ends on the title "${title.value}", which may be cut short; the title is not recorded`,
    lines: title.lines,
  });
  return [...items.slice(0, -1), rest];
}

/** The start of "pdf icon PDF 221 KB", cut short by the end of the page. */
const CUT_MARKER = /\s+pdf(?:\s+i(?:c(?:on?)?)?)?(?:\s+P(?:DF?)?)?(?:\s+[\d.]+)?(?:\s*KB?)?\s*$/i;

/** ModernGov's footer of an item's page. */
const SUPPORTING_DOCUMENTS = /^supporting\s+documents\s*:?$/i;

/**
 * A page with no header and no item headings that still records business: a resolution, a
 * decision written into the minute, or the list of an item's papers ("Additional documents:",
 * "Supporting documents:").
 */
/** "Minutes of the meeting held on 20 March 2019": the one date a title gives, for minutes confirmed without theirs. */
function titleDateOf(title: string | undefined): { titleDate?: string } {
  const dates = title ? datesIn(title) : [];
  return dates.length === 1 ? { titleDate: dates[0]!.date } : {};
}

function showsOneItem(units: readonly Unit[]): boolean {
  return units.some((unit) => {
    const kind = unitKind(unit).kind;
    return (
      kind === 'resolved-label' ||
      kind === 'that' ||
      kind === 'agreed-that' ||
      SUPPORTING_DOCUMENTS.test(unit.leadPlain) ||
      ADDITIONAL_DOCUMENTS.test(unit.leadPlain)
    );
  });
}

/** An item's page copied without its heading: one item, its title unknown. */
function untitledItemPage(lineCount: number, units: readonly Unit[], resolutionGap: number): MinutesDocument {
  const labelledPage = units.some((unit) => unitKind(unit).kind === 'minutes-label' || unitKind(unit).kind === 'resolved-label');
  const kept = units.filter((unit) => !SUPPORTING_DOCUMENTS.test(unit.leadPlain));
  requireSomething({ units: kept }, units);
  return {
    lineCount,
    layout: 'unnumbered',
    pageKind: 'item',
    items: [readItem({ units: kept }, { labelledPage, resolutionGap })],
    notes: [{ value: 'the page shows one item without its title or a heading', lines: units[0]!.lines }],
  };
}

/** A page of one item that shows nothing of it (a heading, a number, any text) is refused, not planned empty. */
function requireSomething(item: RawItem, units: readonly Unit[]): void {
  if (item.numberUnit || item.titleUnit || item.units.length > 0) return;
  const at = units.at(-1)?.lines.to ?? 1;
  throw new MinutesFormatError('NO_ITEMS', at, 'the page shows nothing of its item: no title, number or minute');
}

/** A page whose items table was flattened into rows: the header above it, an item per row. */
function readTablePage(lineCount: number, table: FlattenedTable): MinutesDocument {
  const headerReading = readHeader(groupUnits(table.before));
  const items = table.items.map((raw) => readItem(raw, { labelledPage: true, resolutionGap: 4 }));
  return {
    lineCount,
    layout: 'unnumbered',
    pageKind: 'meeting',
    ...(headerReading.header && { header: headerReading.header }),
    items,
    notes: [
      ...headerReading.notes,
      {
        value: 'the items table was flattened into rows; each row is read as an item',
        lines: table.before.at(-1) ? { from: table.before.at(-1)!.number, to: table.before.at(-1)!.number } : { from: 1, to: 1 },
      },
    ],
  };
}

/**
 * A page that is only an agenda records nothing that happened: no "Minutes:" label, no
 * resolution, and every item's text is the agenda's ("To receive …").
 */
function refuseAgendaOnly(items: readonly DocumentItem[], header: MeetingHeader | undefined, labelledPage: boolean, line: number): void {
  if (labelledPage || items.some((item) => item.resolution || item.chairTaken)) return;
  // "Agenda:" over the items, as a page that lists the agenda prints it.
  const first = items[0];
  const opensAgenda = [first?.title?.value, first?.agendaText[0]?.value, first?.minute.paragraphs[0]?.value].some(
    (text) => text !== undefined && AGENDA_HEADING.test(text.trim()),
  );
  const saysAgenda = (header !== undefined && AGENDA_HEADING.test(header.heading ?? '')) || opensAgenda;
  const agendaText = items.every((item) =>
    [...item.minute.paragraphs, ...item.minute.points.map((point) => ({ value: point.value.text }))].every((paragraph) =>
      AGENDA_WORDING.test(paragraph.value),
    ),
  );
  if (saysAgenda || agendaText) {
    throw new MinutesFormatError('AGENDA_ONLY', line, 'the page is an agenda: import its minutes page once the minutes are published');
  }
}

const AGENDA_HEADING = /^agenda:?$/i;
const AGENDA_WORDING =
  /^(?:To\s+(?:receive|consider|approve|note|agree|elect|appoint|confirm|determine|discuss|answer|hear)\b|(?:Report|Presentation)\s+(?:of|by|from)\b|None\s+received\b)/i;

function unitKindNumber(unit: Unit): string {
  const kind = unitKind(unit);
  return kind.kind === 'item-number' ? kind.number : unit.text;
}
