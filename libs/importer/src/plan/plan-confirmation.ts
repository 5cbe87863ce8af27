import type { ConfirmPreviousMinutes } from '@ledger/domain';
import type { DocumentItem } from '../parse/minutes-document';
import type { PlannedConfirmation, PlanNote, UnclassifiedPassage } from './import-plan';

export type ConfirmationPlan =
  | { readonly confirmation: PlannedConfirmation; readonly command: ConfirmPreviousMinutes }
  | { readonly unclassified: UnclassifiedPassage }
  | { readonly note: PlanNote }
  | undefined;

/**
 * "The minutes of the meeting held on … were confirmed", with any corrections: recorded on this
 * meeting, for the process manager to land on the earlier one. Each earlier meeting once.
 */
export function planConfirmation(
  source: DocumentItem,
  context: { bodyId: string; meetingId: string; meetingDate: string; itemNumber: string; recordedAt: string; alreadyConfirmed: ReadonlySet<string> },
): ConfirmationPlan {
  const fact = source.facts.previousMinutes;
  if (!fact) return undefined;
  const { itemNumber } = context;
  const { heldOn, corrections, correctionNotUnderstood } = fact.value;
  if (correctionNotUnderstood) {
    return {
      unclassified: {
        itemNumber,
        text: correctionNotUnderstood,
        reason: 'the minutes were confirmed with a correction the importer cannot read, so the confirmation is not recorded',
        lines: fact.lines,
        keptAsMinuteText: true,
      },
    };
  }
  if (context.alreadyConfirmed.has(heldOn)) {
    return { note: { message: `item ${itemNumber} confirms the minutes of ${heldOn} again; recorded once`, lines: fact.lines } };
  }
  if (heldOn >= context.meetingDate) {
    return { note: { message: `item ${itemNumber} confirms minutes of ${heldOn}, which is not before this meeting; not recorded`, lines: fact.lines } };
  }
  const previousMeetingId = `${context.bodyId}-${heldOn}`;
  const planned = corrections.map((correction) => ({
    itemNumber: correction.minute,
    ...(correction.point && { point: correction.point }),
    correctedText: correction.correctedText,
  }));
  return {
    confirmation: { itemNumber, previousMeetingId, previousMeetingHeldOn: heldOn, corrections: planned, lines: fact.lines },
    command: {
      type: 'ConfirmPreviousMinutes',
      data: { meetingId: context.meetingId, itemNumber, previousMeetingId, previousMeetingHeldOn: heldOn, corrections: planned, recordedAt: context.recordedAt },
    },
  };
}
