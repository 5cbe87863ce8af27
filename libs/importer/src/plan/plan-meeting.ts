import { saysNotAgreed } from '../parse/item-facts';
import { plainPunctuation } from '../text/plain-text';
import type { AgendaItem, MeetingCommand, Presenter } from '@ledger/domain';
import { ImportPlanError } from '../errors';
import type { MinutesDocument } from '../parse/minutes-document';
import { spanOf, type LineSpan } from '../text/span';

/** What the importer reads: minutes pages as plain text (copied out of a browser or saved as text). */
const DOCUMENT_MEDIA_TYPE = 'text/plain';
import { importCommandId } from './command-identity';
import { describeCommand } from './describe-command';
import { checkAgainstDomain } from './domain-check';
import type {
  MeetingPlan,
  PlannedCommand,
  PlannedConfirmation,
  PlannedDeclaration,
  PlannedEffect,
  PlannedItem,
  PlannedOrderOfBusiness,
  PlanNote,
  UnclassifiedPassage,
} from './import-plan';
import { draftItems, itemCited, itemOnAgenda, type AgendaDraft, type ItemDraft } from './item-drafts';
import { planMeetingBasics } from './meeting-basics';
import { planConfirmations } from './plan-confirmation';
import { countPlan } from './plan-counts';
import { planDeclarations, type DeclarationsSoFar } from './plan-declarations';
import { planExclusions } from './plan-exclusions';
import { planMinuteText } from './plan-minute-text';
import { planResolution } from './plan-resolution';

export interface PlanOptions {
  readonly bodyId: string;
  readonly documentSha256: string;
  readonly documentName?: string;
  readonly documentUrl?: string;
  /** The meeting's date, for a page without a header. */
  readonly date?: string;
}

const BODY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Items whose business an interest declared in their minute is in, when the declaration names no other. */
const DECLARED_IN_THE_BUSINESS: ReadonlySet<string> = new Set(['report', 'presentation', 'oral-update']);

/**
 * Turns a read minutes document into the commands that record it, in order: schedule the
 * meeting, put its items on the agenda, then each item's business in the order it was taken.
 * Pure: the same document and options always give the same plan, down to the command ids.
 */
export function planMeeting(document: MinutesDocument, options: PlanOptions): MeetingPlan {
  const { bodyId } = options;
  if (!BODY_ID.test(bodyId)) {
    throw new ImportPlanError('INVALID_OPTION', `--body must be lower-case letters, digits and hyphens (such as "lscsb"), not "${bodyId}"`);
  }
  const notes: PlanNote[] = document.notes.map((note) => ({ message: note.value, lines: note.lines }));
  const meeting = planMeetingBasics(document, options.date, notes);
  const meetingId = `${bodyId}-${meeting.date}`;
  // Business is recorded as done at the meeting; a fixed time keeps the commands, and so their ids, the same.
  const recordedAt = meeting.businessRecordedAt;
  const { drafts, onAgenda, numbering } = draftItems(document);
  notes.push(...numbering.notes.map((message) => ({ message })));

  const commands: PlannedCommand[] = [];
  const add = (command: MeetingCommand, lines: LineSpan) =>
    commands.push({ commandId: importCommandId(bodyId, command), command, lines, summary: describeCommand(command) });
  const items: PlannedItem[] = [];
  const unclassified: UnclassifiedPassage[] = [];
  const effects: PlannedEffect[] = [];
  const declarations: PlannedDeclaration[] = [];
  const previousMinutes: PlannedConfirmation[] = [];
  const chairs: { chair: string; fromItemNumber?: string; itemNumber: string; lines: LineSpan }[] = [];
  let noDeclarations: MeetingPlan['noDeclarations'];
  let orderOfBusiness: PlannedOrderOfBusiness | undefined;
  // The domain takes each of these once per meeting; a page that prints one twice is recorded once.
  const confirmedMeetings = new Set<string>();
  const declarationsSoFar: DeclarationsSoFar = { made: new Set() };

  add(
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId,
        bodyId,
        ...(meeting.startsAt !== undefined ? { startsAt: meeting.startsAt } : { heldOn: meeting.date }),
        ...(meeting.location && { location: meeting.location }),
        ...(meeting.contactOfficer && { contactOfficer: meeting.contactOfficer }),
      },
    },
    meeting.lines,
  );

  const excluded = planExclusions(onAgenda, meetingId, recordedAt);
  unclassified.push(...excluded.unclassified);
  const agendaOrder = (draft: AgendaDraft) => Number(draft.agendaNumber ?? draft.number);
  for (const draft of [...onAgenda].sort((a, b) => agendaOrder(a) - agendaOrder(b))) {
    add(
      { type: 'AddAgendaItem', data: { meetingId, item: agendaItemOf(draft, excluded.exemptions.get(draft.number)) } },
      agendaLinesOf(draft),
    );
    if (!draft.source.title)
      notes.push({
        message: `item ${draft.number} has no printed title; it is titled "${draft.title}" from what it records`,
        lines: draft.source.lines,
      });
    if (draft.kind.assumed)
      notes.push({
        message: `item ${draft.number}: nothing says what kind of item it is; recorded as a report`,
        lines: draft.source.lines,
      });
  }

  drafts.forEach((draft, index) => {
    const { source } = draft;
    if (draft.number === undefined) {
      // A procedural minute, not on the agenda: the change to the order of business.
      orderOfBusiness = {
        ...planOrderOfBusiness(draft, undefined),
        positionOnPage: index + 1,
        ...(source.title && { title: source.title.value }),
      };
      return;
    }
    const itemNumber = draft.number;
    const kind = draft.kind.kind;
    const exclusion = excluded.commands.get(itemNumber);
    const resolution = source.resolution
      ? planResolution(source, source.resolution.parts, {
          itemNumber,
          itemKind: kind,
          itemTitle: draft.title,
          ...(document.header?.bodyName && { bodyName: document.header.bodyName.value }),
        })
      : undefined;
    if (resolution) {
      unclassified.push(...resolution.unclassified);
      effects.push(...resolution.effects);
      notes.push(...resolution.notes);
    }

    const minute = planMinuteText(source, itemNumber, resolution?.keptAsMinuteText ?? []);
    unclassified.push(...minute.unclassified);
    notes.push(...minute.notes);
    if (minute.recorded) {
      add(
        {
          type: 'RecordMinuteText',
          data: {
            meetingId,
            itemNumber,
            paragraphs: [...minute.paragraphs],
            points: [...minute.points],
            // Printed on a public minutes page: public, even under an exempt item.
            publishedAtSource: true,
            ...(minute.truncated && { truncatedAtSource: true }),
            recordedAt,
          },
        },
        minute.lines,
      );
    }

    if (kind === 'declarations-of-interest' || source.facts.declarations.length > 0) {
      const planned = planDeclarations(source, itemNumber, (concerning) => itemCited(concerning, onAgenda), declarationsSoFar, {
        forDeclarations: kind === 'declarations-of-interest',
        inThisItemUnlessNamed: document.pageKind === 'decision' || DECLARED_IN_THE_BUSINESS.has(kind),
      });
      unclassified.push(...planned.unclassified);
      declarations.push(...planned.planned);
      if (planned.noneMade) noDeclarations = { itemNumber, lines: planned.noneMade };
      if (planned.lines)
        add(
          { type: 'RecordDeclarationsOfInterest', data: { meetingId, itemNumber, declarations: [...planned.declarations], recordedAt } },
          planned.lines,
        );
    }

    if (kind === 'minutes-of-previous-meeting') {
      for (const planned of planConfirmations(source, {
        bodyId,
        meetingId,
        meetingDate: meeting.date,
        itemNumber,
        recordedAt,
        alreadyConfirmed: confirmedMeetings,
      })) {
        if ('command' in planned) {
          confirmedMeetings.add(planned.confirmation.previousMeetingHeldOn);
          previousMinutes.push(planned.confirmation);
          add(planned.command, planned.confirmation.lines);
        } else if ('unclassified' in planned) unclassified.push(planned.unclassified);
        else notes.push(planned.note);
      }
    }

    if (exclusion) add(exclusion, source.facts.exclusion!.lines);
    // An item for a change to the order of business whose minute says the change was not agreed varied nothing.
    const changeRefused = [...source.minute.paragraphs, ...source.minute.afterResolution].some((paragraph) =>
      saysNotAgreed(plainPunctuation(paragraph.value)),
    );
    if (kind === 'change-to-order-of-business' && !changeRefused) {
      orderOfBusiness = { ...planOrderOfBusiness(draft, itemNumber), positionOnPage: index + 1 };
    }

    if (resolution && resolution.recordable.length > 0) {
      add(
        { type: 'PassResolution', data: { meetingId, itemNumber, parts: [...resolution.recordable], publishedAtSource: true, recordedAt } },
        source.resolution!.lines,
      );
    }

    if (source.presenters) {
      const { presentedBy, unableToAttend } = source.presenters.value;
      add(
        {
          type: 'RecordPresenters',
          data: {
            meetingId,
            itemNumber,
            presentedBy: presentedBy.map(tidyPerson),
            unableToAttend: unableToAttend.map(tidyPerson),
            recordedAt,
          },
        },
        source.presenters.lines,
      );
    }

    if (source.chairNamed) {
      const { chair, wording } = source.chairNamed.value;
      chairs.push({ chair, itemNumber, lines: source.chairNamed.lines });
      add({ type: 'RecordMeetingChair', data: { meetingId, chair, itemNumber, wording, recordedAt } }, source.chairNamed.lines);
    }

    if (source.chairTaken) {
      const fromItemNumber = drafts.slice(index + 1).find((later) => later.number !== undefined)?.number;
      // "Councillor X (Vice-Chair) in the Chair": the person, their role kept in the attestation's words.
      const chair = source.chairTaken.value.replace(
        /\s*\([^()]{2,60}\)$|,\s+(?:the\s+)?(?:(?:Vice|Deputy|Independent)[\s-]?)?Chair(?:man|person|woman)?$/i,
        '',
      );
      chairs.push({
        chair,
        ...(fromItemNumber && { fromItemNumber }),
        itemNumber,
        lines: source.chairTaken.lines,
      });
      add(
        {
          type: 'RecordMeetingChair',
          data: {
            meetingId,
            chair,
            ...(fromItemNumber && { fromItemNumber }),
            itemNumber,
            wording: `${source.chairTaken.value} in the Chair`,
            recordedAt,
          },
        },
        source.chairTaken.lines,
      );
    }

    const exempt = excluded.exemptions.get(itemNumber);
    items.push({
      number: itemNumber,
      positionOnPage: index + 1,
      ...(source.printedNumber && { printedNumber: source.printedNumber.value }),
      ...(draft.agendaNumber !== undefined && { agendaNumber: draft.agendaNumber }),
      title: draft.title,
      titlePrinted: source.title !== undefined,
      kind,
      kindAssumed: draft.kind.assumed,
      ...(source.report && { report: reportOf(draft) }),
      ...(source.presenter && { presenter: source.presenter.value }),
      ...(source.presenters && {
        presentedBy: source.presenters.value.presentedBy,
        unableToAttend: source.presenters.value.unableToAttend,
      }),
      ...(exempt && { exempt: { paragraphs: exempt } }),
      lines: source.lines,
      minute: { paragraphs: minute.paragraphs.length, points: minute.points.map((point) => point.label), recorded: minute.recorded },
      ...(source.resolution &&
        resolution &&
        resolution.parts.length > 0 && {
          resolution: {
            lines: source.resolution.lines,
            form: source.resolution.form,
            parts: resolution.parts,
            recorded: resolution.recordable.length > 0,
          },
        }),
    });
  });

  /** The order taken is known when the agenda numbers are; recorded under the item, if it is one. */
  function planOrderOfBusiness(draft: ItemDraft, itemNumber: string | undefined): PlannedOrderOfBusiness {
    const text = draft.source.minute.paragraphs.map((paragraph) => paragraph.value).join('\n') || draft.title;
    const lines = draft.source.minute.lines ?? draft.source.lines;
    const order = numbering.orderTaken?.map((agendaNumber) => itemOnAgenda(agendaNumber, onAgenda) ?? agendaNumber);
    if (order) {
      add(
        {
          type: 'VaryOrderOfBusiness',
          data: { meetingId, order: [...order], reason: text, ...(itemNumber !== undefined && { itemNumber }), recordedAt },
        },
        lines,
      );
    } else if (itemNumber !== undefined) {
      notes.push({ message: 'the order of business was varied, but the page does not show the new order; kept as minute text', lines });
    } else {
      unclassified.push({
        text,
        reason: 'a change to the order of business that was not on the agenda and does not show the new order; not recorded',
        lines,
        keptAsMinuteText: false,
      });
    }
    return { ...(itemNumber !== undefined && { itemNumber }), text, ...(order && { order }), recorded: order !== undefined, lines };
  }

  const withoutCounts = {
    document: {
      ...(options.documentName !== undefined && { name: options.documentName }),
      sha256: options.documentSha256,
      ...(options.documentUrl !== undefined && { url: options.documentUrl }),
      mediaType: DOCUMENT_MEDIA_TYPE,
      lineCount: document.lineCount,
      layout: document.layout,
    },
    bodyId,
    meetingId,
    meeting,
    items,
    declarations,
    ...(noDeclarations && { noDeclarations }),
    previousMinutes,
    exclusions: excluded.exclusions,
    chairs,
    ...(orderOfBusiness && { orderOfBusiness }),
    effects,
    unclassified,
    notes,
    commands,
    domainCheck: { refusals: checkAgainstDomain(commands) },
  };
  return { ...withoutCounts, counts: countPlan(withoutCounts) };
}

function tidyPerson(person: { readonly name: string; readonly role?: string }): Presenter {
  return { name: person.name, ...(person.role !== undefined && { role: person.role }) };
}

function agendaItemOf(draft: AgendaDraft, exempt: readonly number[] | undefined): AgendaItem {
  const { source } = draft;
  return {
    number: draft.number,
    ...(draft.agendaNumber !== undefined && { agendaNumber: draft.agendaNumber }),
    title: draft.title,
    kind: draft.kind.kind,
    // The page links the paper under the item's title; the paper's own title is not printed.
    ...(source.report && { report: reportOf(draft) }),
    ...(source.presenter && { presenter: source.presenter.value }),
    ...(exempt && { exempt: { paragraphs: [...exempt] } }),
  };
}

function agendaLinesOf(draft: AgendaDraft): LineSpan {
  const { source } = draft;
  const lines = [source.printedNumber?.lines, source.title?.lines, ...source.agendaText.map((line) => line.lines)].filter(
    (span): span is LineSpan => span !== undefined,
  );
  return lines.length > 0 ? spanOf(lines[0]!, ...lines) : source.lines;
}

/** The page links the paper under the item's title; the paper's own title is not printed, its author only in the minute. */
function reportOf(draft: ItemDraft): { title: string; sizeKb: number; author?: string } {
  const { report, reportAuthor } = draft.source;
  return { title: draft.title, sizeKb: report!.value.sizeKb, ...(reportAuthor && { author: reportAuthor.value }) };
}
