import { createHash } from 'node:crypto';
import type { EstablishBody } from '@ledger/domain';
import { ImportPlanError, MinutesFormatError } from '../errors';
import { parseMinutes } from '../parse/parse-minutes';
import { importCommandId } from './command-identity';
import { describeCommand } from './describe-command';
import type { MeetingPlan, PlannedCommand, PlanNote } from './import-plan';
import { planMeeting } from './plan-meeting';
import { bodyNameInText } from './body-name-in-text';
import { linkReturningBusiness } from './returning-business';
import { initialsOf } from './recognise-effects';

export interface SourceDocument {
  /** How the plan and provenance name it: the file's name. */
  readonly name: string;
  readonly text: string;
  /** The public address of the page, when known. */
  readonly url?: string;
}

export interface ImportOptions {
  readonly bodyId: string;
  /** The meeting date of pages without a header. */
  readonly date?: string;
  /** The body's name when it is established by this import; defaults to the first page header's. */
  readonly bodyName?: string;
  readonly bodyShortName?: string;
}

/** The plan of a whole import: the body, if it must be established, then each meeting in date order. */
export interface ImportPlan {
  readonly bodyId: string;
  /** Recorded only if the body is not in the ledger yet. */
  readonly establishBody?: PlannedCommand & { readonly documentSha256: string; readonly documentName: string };
  readonly meetings: readonly MeetingPlan[];
  readonly notes: readonly PlanNote[];
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads and plans every document before anything is written, so that one bad page stops the
 * whole import with its name and line instead of leaving half of it recorded. Meetings are
 * planned in date order, which is the order their business happened.
 */
export function planImport(documents: readonly SourceDocument[], options: ImportOptions): ImportPlan {
  if (documents.length === 0) throw new ImportPlanError('NO_DOCUMENTS', 'give one or more minutes text files, or a folder of them');
  const inDateOrder = documents
    .map((document) => {
      try {
        return planMeeting(parseMinutes(document.text), {
          bodyId: options.bodyId,
          documentSha256: sha256Of(document.text),
          documentName: document.name,
          ...(document.url !== undefined && { documentUrl: document.url }),
          ...(options.date !== undefined && { date: options.date }),
        });
      } catch (error) {
        if (error instanceof MinutesFormatError || error instanceof ImportPlanError) throw error.inDocument(document.name);
        throw error;
      }
    })
    .sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0));
  const meetings = linkReturningBusiness(options.bodyId, inDateOrder);

  const planned = meetings;
  planned.forEach((plan, index) => {
    const earlier = planned[index - 1];
    if (earlier && earlier.meetingId === plan.meetingId) {
      throw new ImportPlanError(
        'SAME_MEETING_TWICE',
        `${earlier.document.name} and ${plan.document.name} are both minutes of ${plan.meetingId}`,
      );
    }
  });

  const notes: PlanNote[] = [];
  const first = meetings[0]!;
  const firstText = documents.find((document) => document.name === first.document.name)?.text ?? '';
  const printed = first.meeting.bodyNameAsPrinted;
  const inText = printed ? bodyNameInText(firstText, printed, first.meeting.lines) : undefined;
  const name = options.bodyName?.trim() || inText?.name || printed;
  if (!name) {
    notes.push({ message: `no page header names the body, so ${options.bodyId} must already be in the ledger (or pass --body-name)` });
    return { bodyId: options.bodyId, meetings, notes };
  }
  if (!options.bodyName?.trim()) {
    notes.push({
      message: inText
        ? `if ${options.bodyId} is not in the ledger yet, it is established as "${name}", the name the minutes of ${first.document.name} use (line ${inText.lines.from}); the page's title prints the committee's present name, which is no evidence of its name then`
        : `if ${options.bodyId} is not in the ledger yet, it is established as "${name}", the name in the title of ${first.document.name}; ModernGov prints a committee's present name even on old pages, so pass --body-name for the name it had then`,
    });
  }
  const shortName = options.bodyShortName?.trim() || initialsOf(name);
  const command: EstablishBody = { type: 'EstablishBody', data: { bodyId: options.bodyId, name, shortName } };
  const establishBody = {
    commandId: importCommandId(options.bodyId, command),
    command,
    lines: !options.bodyName?.trim() && inText ? inText.lines : first.meeting.lines,
    summary: `${describeCommand(command)}, if not in the ledger yet`,
    documentSha256: first.document.sha256,
    documentName: first.document.name ?? 'document',
  };
  return { bodyId: options.bodyId, establishBody, meetings, notes };
}
