import { partLabelAt, type ItemKind, type ResolutionPart } from '@ledger/domain';
import type { DocumentItem, ResolutionPartText } from '../parse/minutes-document';
import { classifyDecision } from './classify-decision';
import type { PlannedEffect, PlannedPart, PlanNote, UnclassifiedPassage } from './import-plan';
import { recogniseEffects } from './recognise-effects';

export interface ResolutionPlan {
  readonly parts: readonly PlannedPart[];
  /** The parts the domain will record: a run from the first, labelled in sequence. */
  readonly recordable: readonly ResolutionPart[];
  /** Text of parts that are not recorded as decisions but kept as minute text. */
  readonly keptAsMinuteText: readonly string[];
  readonly effects: readonly PlannedEffect[];
  readonly unclassified: readonly UnclassifiedPassage[];
  readonly notes: readonly PlanNote[];
}

const AFTER_OUT_OF_SEQUENCE =
  "follows a part printed out of sequence; the domain records a resolution's parts labelled in sequence, so this one is kept as minute text";

/**
 * Each lettered part is recorded with the kind its wording settles and the effects its wording
 * makes certain. A part whose wording settles no kind is recorded as unclassified, with no effect:
 * never guessed, never dropped. Only parts printed out of letter sequence stay in the minute as text.
 * When the page cuts the resolution short, what it shows is recorded and the last part shown is
 * marked as truncated at source.
 */
export function planResolution(
  item: DocumentItem,
  parts: readonly ResolutionPartText[],
  context: { itemNumber: string; itemKind: ItemKind; itemTitle: string; bodyName?: string },
): ResolutionPlan {
  const planned: PlannedPart[] = [];
  const recordable: ResolutionPart[] = [];
  const keptAsMinuteText: string[] = [];
  const effects: PlannedEffect[] = [];
  const unclassified: UnclassifiedPassage[] = [];
  const notes: PlanNote[] = [];
  const truncated = item.truncated?.value === 'resolution';
  const minuteText = item.minute.paragraphs.map((paragraph) => paragraph.value).join('\n');
  let stillRecording = true;

  parts.forEach((part, index) => {
    const where = { itemNumber: context.itemNumber, ...(part.label !== undefined && { part: part.label }) };
    const truncatedHere = truncated && index === parts.length - 1;
    const expected = partLabelAt(recordable.length, parts[0]?.label);
    const outOfSequence = (parts.length > 1 || part.label !== undefined) && part.label !== expected;
    const blockedBy = !stillRecording
      ? AFTER_OUT_OF_SEQUENCE
      : outOfSequence
        ? `printed as (${part.label ?? 'unlabelled'}) where (${expected}) should be; the domain records a resolution's parts labelled in sequence`
        : undefined;
    if (blockedBy) {
      stillRecording = false;
      unclassified.push({ itemNumber: context.itemNumber, text: part.text, reason: blockedBy, lines: part.lines, keptAsMinuteText: true });
      keptAsMinuteText.push(part.text);
      planned.push({ ...partBasics(part), recorded: false, effects: [] });
      return;
    }
    const truncation = truncatedHere ? { truncatedAtSource: true } : {};
    const recordUnclassified = (reason: string) => {
      unclassified.push({ itemNumber: context.itemNumber, text: part.text, reason, lines: part.lines, keptAsMinuteText: false });
      planned.push({ ...partBasics(part), kind: 'unclassified', recorded: true, effects: [], ...truncation });
      recordable.push({
        ...(part.label !== undefined && { label: part.label }),
        kind: 'unclassified',
        text: part.text,
        effects: [],
        ...truncation,
      });
    };
    const classification = classifyDecision(part.plain);
    if ('unclassified' in classification) {
      recordUnclassified(`${classification.unclassified}; recorded as an unclassified part`);
      return;
    }
    const reading = recogniseEffects(classification.kind, part.text, part.plain, {
      itemKind: context.itemKind,
      itemTitle: context.itemTitle,
      minuteText,
      ...(context.bodyName !== undefined && { bodyName: context.bodyName }),
    });
    reading.notes.forEach((message) =>
      notes.push({ message: `item ${context.itemNumber}${part.label ? ` (${part.label})` : ''}: ${message}`, lines: part.lines }),
    );
    if (reading.problem) {
      // The wording names a kind that needs an effect the importer cannot read: recorded, unclassified.
      recordUnclassified(`worded as ${classification.kind}, but ${reading.problem}; recorded as an unclassified part`);
      return;
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
      ...reading.heldBack.map((held) => ({
        ...where,
        kind: held.kind,
        summary: held.summary,
        lines: part.lines,
        status: 'held-back' as const,
        reason: held.reason,
      })),
    ];
    effects.push(...partEffects);
    planned.push({
      ...partBasics(part),
      kind: classification.kind,
      recorded: true,
      effects: partEffects,
      ...(truncatedHere && { truncatedAtSource: true }),
    });
    recordable.push({
      ...(part.label !== undefined && { label: part.label }),
      kind: classification.kind,
      text: part.text,
      effects: reading.effects.map((recognised) => recognised.effect),
      ...(truncatedHere && { truncatedAtSource: true }),
    });
  });
  if (truncated) {
    notes.push({
      message: `item ${context.itemNumber}: ${item.cutByPageEnd ? "the page ends inside the resolution's last point" : 'the page cuts the resolution short ("… view the full minutes text")'}; the parts it shows are recorded, the last marked as truncated at source`,
      lines: item.truncated!.lines,
    });
  }
  return { parts: planned, recordable, keptAsMinuteText, effects, unclassified, notes };
}

function partBasics(part: ResolutionPartText): Pick<PlannedPart, 'label' | 'text' | 'lines'> {
  return { ...(part.label !== undefined && { label: part.label }), text: part.text, lines: part.lines };
}
