import type { ConfirmPreviousMinutes } from '@ledger/domain';
import type { DocumentItem } from '../parse/minutes-document';
import { datesIn, monthDaysIn } from '../text/dates';
import type { PlannedConfirmation, PlanNote, UnclassifiedPassage } from './import-plan';

export type ConfirmationPlan =
  | { readonly confirmation: PlannedConfirmation; readonly command: ConfirmPreviousMinutes }
  | { readonly unclassified: UnclassifiedPassage }
  | { readonly note: PlanNote };

/** A day and month printed without a year: the latest such day before the meeting. */
export function resolveYear(heldOn: string, meetingDate: string): string {
  if (!heldOn.startsWith('--')) return heldOn;
  const year = Number(meetingDate.slice(0, 4));
  const sameYear = `${year}-${heldOn.slice(2)}`;
  return sameYear < meetingDate ? sameYear : `${year - 1}-${heldOn.slice(2)}`;
}

/**
 * "The minutes of the meeting(s) held on … were confirmed", with any corrections: recorded on this
 * meeting, for the process manager to land on the earlier one. Each earlier meeting once.
 */
export function planConfirmations(
  source: DocumentItem,
  context: {
    bodyId: string;
    meetingId: string;
    meetingDate: string;
    itemNumber: string;
    recordedAt: string;
    alreadyConfirmed: ReadonlySet<string>;
  },
): ConfirmationPlan[] {
  const confirmed = new Set(context.alreadyConfirmed);
  const named = new Set(monthDaysIn(source.title?.value ?? ''));
  // "To agree the minutes of the meeting held on 23rd January 2018" over "the minutes … held on the 23rd January":
  // the year the item's own title or agenda text prints for that day.
  const printedInFull = [source.title?.value ?? '', ...source.agendaText.map((text) => text.value)].flatMap((text) =>
    datesIn(text).map((mention) => mention.date),
  );
  const withYear = (heldOn: string) => {
    if (!heldOn.startsWith('--')) return heldOn;
    const years = new Set(printedInFull.filter((date) => date.slice(4) === heldOn.slice(1) && date < context.meetingDate));
    return years.size === 1 ? [...years][0]! : resolveYear(heldOn, context.meetingDate);
  };
  return source.facts.previousMinutes.flatMap((fact): ConfirmationPlan[] => {
    // "Minutes of the meeting held on 14 July 2021" over "That the minutes of the meeting held on 14 September 2021 be
    // agreed": the page contradicts itself, and which date is right is not guessed.
    const printed = [fact.value.heldOn, ...(fact.value.alsoHeldOn ?? [])];
    const unnamed = named.size > 0 ? printed.filter((heldOn) => !named.has(heldOn.slice(-5))) : [];
    if (unnamed.length > 0) {
      return [
        {
          unclassified: {
            itemNumber: context.itemNumber,
            text: fact.value.text,
            reason: `the minutes confirmed are dated ${unnamed.map((heldOn) => heldOn.slice(-5)).join(', ')} (month-day), which the item's title does not name; not recorded`,
            lines: fact.lines,
            keptAsMinuteText: true,
          },
        },
      ];
    }
    if (fact.value.correctionNotUnderstood) {
      return [
        {
          unclassified: {
            itemNumber: context.itemNumber,
            text: fact.value.correctionNotUnderstood,
            reason: 'the minutes were confirmed with a correction the importer cannot read, so the confirmation is not recorded',
            lines: fact.lines,
            keptAsMinuteText: true,
          },
        },
      ];
    }
    return [fact.value.heldOn, ...(fact.value.alsoHeldOn ?? [])].map((printed) => {
      const heldOn = withYear(printed);
      // Of several sets confirmed together, the corrections amend the one they name.
      const own = fact.value.bySet?.find((set) => set.heldOn === printed);
      const amended = fact.value.bySet === undefined && (fact.value.correctionsFor === undefined || fact.value.correctionsFor === printed);
      const value = own
        ? { ...fact.value, corrections: own.corrections, attendanceCorrections: own.attendanceCorrections }
        : amended
          ? fact.value
          : { ...fact.value, corrections: [], attendanceCorrections: [] };
      const plan = planConfirmation(heldOn, { ...fact, value }, { ...context, alreadyConfirmed: confirmed });
      confirmed.add(heldOn);
      return plan;
    });
  });
}

function planConfirmation(
  heldOn: string,
  fact: DocumentItem['facts']['previousMinutes'][number],
  context: {
    bodyId: string;
    meetingId: string;
    meetingDate: string;
    itemNumber: string;
    recordedAt: string;
    alreadyConfirmed: ReadonlySet<string>;
  },
): ConfirmationPlan {
  const { itemNumber } = context;
  const { corrections, attendanceCorrections = [], correctionNotUnderstood } = fact.value;
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
    return {
      note: {
        message: `item ${itemNumber} confirms minutes of ${heldOn}, which is not before this meeting; not recorded`,
        lines: fact.lines,
      },
    };
  }
  const previousMeetingId = `${context.bodyId}-${heldOn}`;
  const planned = corrections.map((correction) => ({
    itemNumber: correction.minute,
    ...(correction.point && { point: correction.point }),
    ...(correction.paragraph !== undefined && { paragraph: correction.paragraph }),
    correctedText: correction.correctedText,
    ...(correction.replacedText && { replacedText: correction.replacedText }),
  }));
  const attendance = attendanceCorrections.length > 0 ? { attendanceCorrections: [...attendanceCorrections] } : {};
  return {
    confirmation: { itemNumber, previousMeetingId, previousMeetingHeldOn: heldOn, corrections: planned, ...attendance, lines: fact.lines },
    command: {
      type: 'ConfirmPreviousMinutes',
      data: {
        meetingId: context.meetingId,
        itemNumber,
        previousMeetingId,
        previousMeetingHeldOn: heldOn,
        corrections: planned,
        ...attendance,
        recordedAt: context.recordedAt,
      },
    },
  };
}
