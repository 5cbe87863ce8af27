import { heldOn, isConfidentialText, type ScheduledMeeting } from '@ledger/domain';
import { meetingStatus } from '@ledger/projections';
import { type Cited, itemIdOf, partIdOf } from '../shared/citation';
import {
  type AgendaItemView,
  type CorrectionView,
  ItemOrderValue,
  type Meeting,
  MeetingStatusValue,
  type MinuteView,
} from './meeting.model';

export function toMeeting(state: ScheduledMeeting, asRecordedAt?: Date): Meeting {
  return {
    meetingId: state.meetingId,
    bodyId: state.bodyId,
    startsAt: state.startsAt,
    heldOn: heldOn(state),
    notRecorded: [
      ...(state.startsAt === undefined ? ['startsAt'] : []),
      ...(state.location === undefined ? ['location'] : []),
      ...(state.contactOfficer === undefined ? ['contactOfficer'] : []),
    ],
    status: meetingStatus(state) as MeetingStatusValue,
    cancellationReason: state.cancellation?.reason,
    endedAt: state.endedAt,
    state,
    asRecordedAt,
  };
}

const itemMatches = (item: { number: string; minuteNumber?: string }, reference: string) =>
  item.number === reference || item.minuteNumber === reference;

function correctionsOf(meeting: ScheduledMeeting, item: { number: string; minuteNumber?: string }): CorrectionView[] {
  const minute = meeting.minutes[item.number];
  return meeting.corrections
    .filter((correction) => itemMatches(item, correction.itemNumber))
    .map((correction) => ({
      itemNumber: item.number,
      point: correction.point,
      paragraph: correction.paragraph,
      originalText:
        (correction.point ? minute?.points.find((point) => point.label === correction.point)?.text : minute?.paragraphs.join('\n\n')) ?? '',
      correctedText: correction.correctedText,
      replacedText: correction.replacedText,
      correctedOn: correction.correctedOn,
      confirmedAtMeetingId: correction.source.meetingId,
      confirmedAtItemNumber: correction.source.itemNumber,
    }));
}

function minuteOf(meeting: ScheduledMeeting, item: { number: string; minuteNumber?: string }): MinuteView | undefined {
  const minute = meeting.minutes[item.number];
  if (!minute) return undefined;
  const corrections = correctionsOf(meeting, item);
  // A correction replaces the words it names, or the point it names; one that names neither says nothing
  // of which sentence it replaces, so it stands beside the paragraphs (in corrections), never over them.
  // Words the minute holds more than once do not say which place they name: applied nowhere.
  const wholeText = minute.paragraphs.join('\n\n');
  const namingWords = corrections.filter(
    (correction) =>
      correction.point === undefined && correction.replacedText !== undefined && occurrences(wholeText, correction.replacedText) === 1,
  );
  return {
    truncatedAtSource: minute.truncatedAtSource === true,
    publishedAtSource: minute.publishedAtSource === true,
    paragraphs: [...minute.paragraphs],
    paragraphsAsCorrected: minute.paragraphs.map((paragraph) => namingWords.reduce(replacingNamedWords, paragraph)),
    points: minute.points.map((point) => {
      const pointCorrections = corrections.filter((correction) => correction.point === point.label);
      if (pointCorrections.length === 0) return { ...point };
      const text = pointCorrections.reduce(
        (current, correction) =>
          correction.replacedText === undefined
            ? correction.correctedText
            : occurrences(current, correction.replacedText) === 1
              ? replacingNamedWords(current, correction)
              : current,
        point.text,
      );
      return { label: point.label, text, originalText: point.text };
    }),
    corrections,
  };
}

function occurrences(text: string, words: string): number {
  return words === '' ? 0 : text.split(words).length - 1;
}

function replacingNamedWords(text: string, correction: CorrectionView): string {
  return correction.replacedText === undefined ? text : text.replace(correction.replacedText, () => correction.correctedText);
}

/**
 * The items of a meeting. Without `seesExempt` (the public), exempt business shows only its title,
 * kind and the paragraphs of Schedule 12A that make it exempt: no report title, minute or resolution,
 * except the texts its source had already published (isConfidentialText).
 */
const citedOf = (meeting: ScheduledMeeting, item: { number: string; minuteNumber?: string }): Cited => ({
  meetingId: meeting.meetingId,
  heldOn: heldOn(meeting),
  number: item.number,
  ...(item.minuteNumber !== undefined && { minuteNumber: item.minuteNumber }),
});

export function itemsOf(meeting: ScheduledMeeting, order: ItemOrderValue, seesExempt: boolean): AgendaItemView[] {
  const businessOrder = meeting.orderOfBusiness?.order ?? meeting.items.map((item) => item.number);
  const items = meeting.items.map((item, index): AgendaItemView =>
    redacted(seesExempt ? { minute: false, resolution: false } : confidentialTexts(meeting, item.number), {
      itemId: itemIdOf({ meetingId: meeting.meetingId, number: item.number }),
      bodyId: meeting.bodyId,
      cited: citedOf(meeting, item),
      number: item.number,
      minuteNumber: item.minuteNumber,
      agendaNumber: item.agendaNumber,
      title: item.title,
      kind: item.kind,
      reportTitle: item.report?.title,
      reportSizeKb: item.report?.sizeKb,
      presenterName: item.presenter?.name,
      presenterRole: item.presenter?.role,
      presentedBy: meeting.presenters?.[item.number]?.presentedBy.map((person) => ({ ...person })),
      unableToAttend: (meeting.presenters?.[item.number]?.unableToAttend ?? []).map((person) => ({ ...person })),
      exempt: item.exempt !== undefined,
      exemptParagraphs: [...(item.exempt?.paragraphs ?? [])],
      withdrawnReason: item.withdrawn?.reason,
      agendaPosition: index + 1,
      businessPosition: businessOrder.indexOf(item.number) + 1 || index + 1,
      minute: minuteOf(meeting, item),
      resolution: (meeting.resolutions[item.number] ?? []).map((part) => ({
        label: part.label,
        kind: part.kind,
        text: part.text,
        truncatedAtSource: part.truncatedAtSource === true,
        effects: part.effects.map((effect) => ({ ...effect })),
        partId: partIdOf({ meetingId: meeting.meetingId, number: item.number }, part.label),
        cited: citedOf(meeting, item),
        meetingId: meeting.meetingId,
        itemNumber: item.number,
        bodyId: meeting.bodyId,
      })),
    }),
  );
  return order === ItemOrderValue.AGENDA ? items : [...items].sort((a, b) => a.businessPosition - b.businessPosition);
}

export function allCorrections(meeting: ScheduledMeeting, seesExempt: boolean): CorrectionView[] {
  return meeting.items
    .filter((item) => seesExempt || !isConfidentialText(meeting, item.number, 'minute'))
    .flatMap((item) => correctionsOf(meeting, item));
}

/**
 * Whether a correction stated by a confirming meeting, citing an item or minute number of the meeting
 * it corrects, corrects a minute the public may not read: its words are that minute's words.
 */
export function correctsConfidentialMinute(corrected: ScheduledMeeting, citedItemNumber: string): boolean {
  // Matched as the corrected meeting attaches corrections to its items (correctionsOf): hidden if any such item's minute is.
  return corrected.items.some((item) => itemMatches(item, citedItemNumber) && isConfidentialText(corrected, item.number, 'minute'));
}

function confidentialTexts(meeting: ScheduledMeeting, itemNumber: string): { minute: boolean; resolution: boolean } {
  return { minute: isConfidentialText(meeting, itemNumber, 'minute'), resolution: isConfidentialText(meeting, itemNumber, 'resolution') };
}

/** The report and the minute go together: a page that published the minute published what it says of the report. */
function redacted(hidden: { minute: boolean; resolution: boolean }, item: AgendaItemView): AgendaItemView {
  return {
    ...item,
    ...(hidden.minute && {
      reportTitle: undefined,
      reportSizeKb: undefined,
      minute: undefined,
      presentedBy: undefined,
      unableToAttend: [],
    }),
    ...(hidden.resolution && { resolution: [] }),
  };
}
