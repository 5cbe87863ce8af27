import { MinutesFormatError } from '../errors';
import { isItemTitle, isTitleShaped } from './titles';
import { itemNumberOrder, NUMBERED_PART, unitKind } from './unit-kinds';
import { isListLine, type Unit } from './units';
import { ADDITIONAL_DOCUMENTS, isAgendaLine, isMinuteOpener, reportMarkerIn } from './agenda-lines';

/** The paragraphs of one item, before they are read: its printed number, title, and the rest. */
export interface RawItem {
  readonly numberUnit?: Unit;
  readonly titleUnit?: Unit;
  readonly units: Unit[];
}

export function detectLayout(units: readonly Unit[]): 'numbered' | 'unnumbered' {
  const numbers = units.filter((unit, index) => {
    const next = units[index + 1];
    return unitKind(unit).kind === 'item-number' && (next === undefined || unitKind(next).kind !== 'item-number');
  }).length;
  const labels = units.filter((unit) => unitKind(unit).kind === 'minutes-label').length;
  return numbers >= 2 || (numbers === 1 && labels >= 1) ? 'numbered' : 'unnumbered';
}

/**
 * A number lower than the last item's, printed before that item's "Minutes:" label, numbers the rows of
 * a table in the item's agenda text (actions arising, say): the agenda text runs to the label.
 */
function tableInAgendaText(units: readonly Unit[], index: number, current: RawItem | undefined): number | undefined {
  if (current === undefined || current.units.some((unit) => unitKind(unit).kind === 'minutes-label')) return undefined;
  const label = units.findIndex((unit, at) => at > index && unitKind(unit).kind === 'minutes-label');
  return label === -1 ? undefined : label;
}

/** Each printed number starts an item; its title is the next paragraph unless that is already the minute. */
export function splitNumbered(units: readonly Unit[]): { items: RawItem[]; before: Unit[] } {
  const items: RawItem[] = [];
  const before: Unit[] = [];
  let previousNumber = -1;
  let previousPrinted = '';
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const kind = unitKind(unit);
    if (kind.kind === 'item-number') {
      const number = itemNumberOrder(kind.number);
      if (number <= previousNumber) {
        const current = items[items.length - 1];
        const label = tableInAgendaText(units, index, current);
        if (label !== undefined) {
          current!.units.push(...units.slice(index, label));
          index = label - 1;
          continue;
        }
        throw new MinutesFormatError('ITEM_NUMBERS_OUT_OF_ORDER', unit.lines.from, `item ${kind.number} follows item ${previousPrinted}`);
      }
      previousNumber = number;
      previousPrinted = kind.number;
      const next = units[index + 1];
      const nextKind = next ? unitKind(next).kind : undefined;
      const hasTitle = next !== undefined && (nextKind === 'other' || nextKind === 'that');
      items.push({ numberUnit: unit, ...(hasTitle && { titleUnit: next }), units: [] });
      if (hasTitle) index += 1;
      continue;
    }
    if (items.length === 0) before.push(unit);
    else items[items.length - 1]!.units.push(unit);
  }
  return { items, before };
}

/** A paragraph followed, after any agenda lines, by a "Minutes:" label is the title of that minute's item. */
function headsAMinute(units: readonly Unit[], index: number): boolean {
  if (isListLine(units[index]!.leadPlain) || isAgendaLine(units[index]!.plain)) return false;
  for (let next = index + 1; next < units.length; next++) {
    const kind = unitKind(units[next]!).kind;
    if (kind === 'minutes-label') return true;
    if (kind !== 'other' || !isAgendaLine(units[next]!.plain)) return false;
  }
  return false;
}

export const OPENS_A_MEETING =
  /\b(?:welcomed\s+(?:everyone|all|members)|introductions\s+were\s+made|apologies\s+(?:for\s+absence\s+)?were\s+(?:received|noted))\b/i;

/**
 * Unnumbered pages separate items only by their titles. A paragraph after a resolution that is
 * neither a title nor part of the resolution opens an untitled item (ModernGov prints the
 * introductions item without a title) when a wide gap or a meeting's opening words show it.
 */
export function splitUnnumbered(units: readonly Unit[], resolutionGap: number, underHeader = false): RawItem[] {
  const items: RawItem[] = [];
  let current: RawItem | undefined;
  let followsResolution = false;
  // "Additional documents:" over "Appendix A - Plan pdf icon PDF 1 MB": papers of the item, not titles.
  let listingPapers = false;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const kind = unitKind(unit).kind;
    const paperListed: boolean = listingPapers && reportMarkerIn(unit.leadPlain) !== undefined;
    listingPapers = ADDITIONAL_DOCUMENTS.test(unit.leadPlain) || paperListed;
    if (paperListed && current) {
      current.units.push(unit);
      continue;
    }
    // The first paragraph under the page's header, short and title-shaped, heads the first item.
    const opensThePage =
      underHeader && current === undefined && units[index + 1] !== undefined && isTitleShaped(unit) && !isAgendaLine(unit.plain);
    if (kind === 'other' && (opensThePage || isItemTitle(unit, units[index + 1], followsResolution) || headsAMinute(units, index))) {
      current = { titleUnit: unit, units: [] };
      items.push(current);
      followsResolution = false;
      continue;
    }
    const opensUntitledItem =
      current !== undefined &&
      followsResolution &&
      kind === 'other' &&
      (unit.gapBefore >= resolutionGap || OPENS_A_MEETING.test(unit.plain) || isMinuteOpener(unit.leadPlain));
    if (current === undefined || opensUntitledItem) {
      current = { units: [] };
      items.push(current);
      followsResolution = false;
    }
    current.units.push(unit);
    // "(2) That the Commissioner provide a report …": a numbered part goes on with the resolution before it.
    const continuesResolution = followsResolution && NUMBERED_PART.test(unit.leadPlain);
    if (kind === 'resolved-label' || kind === 'lettered' || kind === 'that' || kind === 'agreed-that') followsResolution = true;
    else if (kind !== 'chair' && !continuesResolution) followsResolution = false;
  }
  return items;
}

/**
 * Pages separate paragraphs by a usual number of blank lines and leave a wider gap where a label
 * (RESOLVED) was dropped in conversion; the usual gap is the commonest one.
 */
export function resolutionGapOf(units: readonly Unit[]): number {
  const counts = new Map<number, number>();
  for (const unit of units) if (unit.gapBefore > 0) counts.set(unit.gapBefore, (counts.get(unit.gapBefore) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  return Math.max(4, usual + 2);
}
