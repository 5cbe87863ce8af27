import type { MinutePoint } from '@ledger/domain';
import type { DocumentItem } from '../parse/minutes-document';
import type { LineSpan } from '../text/span';
import type { PlanNote, UnclassifiedPassage } from './import-plan';
import { romanSequence } from './roman-numerals';

export interface MinuteTextPlan {
  readonly paragraphs: readonly string[];
  readonly points: readonly MinutePoint[];
  readonly lines: LineSpan;
  /** False when the minute has no text. */
  readonly recorded: boolean;
  /** The page cut the minute short: what it showed is recorded, marked as truncated at source. */
  readonly truncated: boolean;
  readonly unclassified: readonly UnclassifiedPassage[];
  readonly notes: readonly PlanNote[];
}

/**
 * The minute as recorded: the discussion and its points, then whatever of the resolution is kept
 * as text (unclassified parts, an exclusion's wording), then what the page printed after it.
 */
export function planMinuteText(source: DocumentItem, itemNumber: string, keptFromResolution: readonly string[]): MinuteTextPlan {
  const unclassified: UnclassifiedPassage[] = source.minute.resolutionLike.map((passage) => ({
    itemNumber,
    text: passage.value,
    reason: 'stands where the page dropped a RESOLVED label, but has no wording of a decision',
    lines: passage.lines,
    keptAsMinuteText: true,
  }));
  for (const proposal of source.minute.notResolved ?? []) {
    unclassified.push({
      itemNumber,
      text: proposal.value,
      reason: 'worded as a resolution, but the minute says the meeting did not resolve it',
      lines: proposal.lines,
      keptAsMinuteText: true,
    });
  }
  for (const later of source.minute.laterResolutions ?? []) {
    unclassified.push({
      itemNumber,
      text: later.value,
      reason: 'a second resolution in the same item: a heading may be missing, so it is kept as minute text and no effect follows from it',
      lines: later.lines,
      keptAsMinuteText: true,
    });
  }
  const notes: PlanNote[] = [];
  const inSequence = romanSequence(source.minute.points.map((point) => point.value.label));
  if (!inSequence) {
    notes.push({
      message: `item ${itemNumber}: the points are not numbered (i), (ii) … in sequence; they are kept as paragraphs`,
      ...(source.minute.lines && { lines: source.minute.lines }),
    });
  }
  const paragraphs = [
    ...source.minute.paragraphs.map((paragraph) => paragraph.value),
    ...(inSequence ? [] : source.minute.points.map((point) => `(${point.value.label}) ${point.value.text}`)),
    ...(source.minute.notResolved ?? []).map((proposal) => proposal.value),
    ...source.minute.resolutionLike.map((passage) => passage.value),
    ...keptFromResolution,
    ...source.minute.afterResolution.map((paragraph) => paragraph.value),
  ];
  const points = inSequence ? source.minute.points.map((point) => ({ label: point.value.label, text: point.value.text })) : [];
  const lines = source.minute.lines ?? source.lines;
  const truncated = source.truncated?.value === 'minute';
  if (truncated) {
    notes.push({
      message: `item ${itemNumber}: the page cuts the minute short ("… view the full minutes text"); what it shows is recorded, marked as truncated at source`,
      lines,
    });
  }
  return { paragraphs, points, lines, recorded: paragraphs.length > 0 || points.length > 0, truncated, unclassified, notes };
}
