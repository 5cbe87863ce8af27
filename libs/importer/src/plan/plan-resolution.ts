import type { ItemKind, ResolutionPart } from '@ledger/domain';
import type { DocumentItem, ResolutionPartText } from '../parse/minutes-document';
import { classifyDecision } from './classify-decision';
import type { PlannedEffect, PlannedPart, PlanNote, UnclassifiedPassage } from './import-plan';
import { recogniseEffects } from './recognise-effects';

export interface ResolutionPlan {
  readonly parts: readonly PlannedPart[];
  /** The parts the domain will record: a classified run from (a), lettered in sequence. */
  readonly recordable: readonly ResolutionPart[];
  /** Text of parts that are not recorded as decisions but kept as minute text. */
  readonly keptAsMinuteText: readonly string[];
  readonly effects: readonly PlannedEffect[];
  readonly unclassified: readonly UnclassifiedPassage[];
  readonly notes: readonly PlanNote[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const TRUNCATED =
  'the page cuts the resolution short ("… view the full minutes text"); it is not recorded, so that a complete copy of the minutes can record it later';
const AFTER_UNCLASSIFIED =
  'follows a part that is not recorded; the domain records a resolution\'s parts lettered in sequence, so this one is kept as minute text';

/**
 * Each lettered part is classified by its wording and given the effects its wording makes
 * certain. Parts are recorded as a resolution up to the first part that cannot be; that part and
 * those after it stay in the minute as text, listed as unclassified, never guessed.
 */
export function planResolution(
  item: DocumentItem,
  parts: readonly ResolutionPartText[],
  context: { itemNumber: string; itemKind: ItemKind; itemTitle: string },
): ResolutionPlan {
  const planned: PlannedPart[] = [];
  const recordable: ResolutionPart[] = [];
  const keptAsMinuteText: string[] = [];
  const effects: PlannedEffect[] = [];
  const unclassified: UnclassifiedPassage[] = [];
  const notes: PlanNote[] = [];
  const truncated = item.truncated?.value === 'resolution';
  const minuteText = item.minute.paragraphs.map((paragraph) => paragraph.value).join('\n');
  let stillRecording = !truncated;

  for (const part of parts) {
    const where = { itemNumber: context.itemNumber, ...(part.label !== undefined && { part: part.label }) };
    if (truncated) {
      unclassified.push({ itemNumber: context.itemNumber, text: part.text, reason: TRUNCATED, lines: part.lines, keptAsMinuteText: false });
      planned.push({ ...partBasics(part), recorded: false, effects: [] });
      continue;
    }
    const expected = LETTERS[planned.length];
    const outOfSequence = (parts.length > 1 || part.label !== undefined) && part.label !== expected;
    const blockedBy = !stillRecording
      ? AFTER_UNCLASSIFIED
      : outOfSequence
        ? `printed as (${part.label ?? 'unlettered'}) where (${expected}) should be; the domain records a resolution's parts lettered in sequence`
        : undefined;
    const classification = classifyDecision(part.plain);
    if ('unclassified' in classification) {
      stillRecording = false;
      unclassified.push({ itemNumber: context.itemNumber, text: part.text, reason: classification.unclassified, lines: part.lines, keptAsMinuteText: true });
      keptAsMinuteText.push(part.text);
      planned.push({ ...partBasics(part), recorded: false, effects: [] });
      continue;
    }
    const reading = recogniseEffects(classification.kind, part.text, part.plain, {
      itemKind: context.itemKind,
      itemTitle: context.itemTitle,
      minuteText,
    });
    reading.notes.forEach((message) => notes.push({ message: `item ${context.itemNumber}${part.label ? ` (${part.label})` : ''}: ${message}`, lines: part.lines }));
    if (reading.problem || blockedBy) {
      const reason = blockedBy ?? `worded as ${classification.kind}, but ${reading.problem}`;
      stillRecording = false;
      unclassified.push({ itemNumber: context.itemNumber, text: part.text, reason, lines: part.lines, keptAsMinuteText: true });
      keptAsMinuteText.push(part.text);
      planned.push({ ...partBasics(part), kind: classification.kind, recorded: false, effects: [] });
      continue;
    }
    const partEffects: PlannedEffect[] = [
      ...reading.effects.map((recognised) => ({
        ...where,
        kind: recognised.effect.kind,
        summary: recognised.summary,
        lines: part.lines,
        status: 'included' as const,
        effect: recognised.effect,
      })),
      ...reading.heldBack.map((held) => ({ ...where, kind: held.kind, summary: held.summary, lines: part.lines, status: 'held-back' as const, reason: held.reason })),
    ];
    effects.push(...partEffects);
    planned.push({ ...partBasics(part), kind: classification.kind, recorded: true, effects: partEffects });
    recordable.push({
      ...(part.label !== undefined && { label: part.label }),
      kind: classification.kind,
      text: part.text,
      effects: reading.effects.map((recognised) => recognised.effect),
    });
  }
  return { parts: planned, recordable, keptAsMinuteText, effects, unclassified, notes };
}

function partBasics(part: ResolutionPartText): Pick<PlannedPart, 'label' | 'text' | 'lines'> {
  return { ...(part.label !== undefined && { label: part.label }), text: part.text, lines: part.lines };
}
