import { DomainError, type DomainCommand } from '@ledger/domain';
import { CommandIdReusedError, type CommandEnvelope, type CommandSender, type Principal } from '@ledger/write-side';
import { importCorrelationId } from '../plan/command-identity';
import type { MeetingPlan, PlannedCommand } from '../plan/import-plan';
import type { ImportPlan } from '../plan/plan-import';
import type { LineSpan } from '../text/span';

export interface RefusedCommand {
  readonly documentName?: string;
  readonly commandId: string;
  readonly commandType: string;
  readonly lines: LineSpan;
  readonly code: string;
  readonly reason: string;
}

export interface RecordSummary {
  /** Commands that wrote events now. */
  readonly recorded: number;
  /** Commands the ledger already held (same id and content): a re-import writes nothing. */
  readonly alreadyRecorded: number;
  readonly refused: readonly RefusedCommand[];
  readonly eventsWritten: number;
  readonly documents: readonly {
    readonly name?: string;
    readonly meetingId: string;
    readonly recorded: number;
    readonly alreadyRecorded: number;
    readonly refused: number;
  }[];
}

export interface RecordOptions {
  readonly principal: Principal;
  /** Called after each command, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
  /** When aborted, recording stops before the next command; what was recorded stays (a later import carries on). */
  readonly signal?: AbortSignal;
}

interface Step {
  readonly planned: PlannedCommand;
  readonly documentSha256: string;
  readonly documentName?: string;
  readonly document?: MeetingPlan['document'];
  readonly meetingId?: string;
}

/**
 * Records a plan down the write path it is given (the application's command bus), one command after another in order.
 * Every event carries the document's SHA-256 and the lines it came from. A command the domain
 * refuses is reported with its reason and the import goes on; a store failure stops it, and
 * running the import again carries on where it stopped, because command ids are deterministic.
 */
export async function recordImport(send: CommandSender, plan: ImportPlan, options: RecordOptions): Promise<RecordSummary> {
  const steps: Step[] = [
    ...(plan.establishBody
      ? [{ planned: plan.establishBody, documentSha256: plan.establishBody.documentSha256, documentName: plan.establishBody.documentName }]
      : []),
    ...plan.meetings.flatMap((meeting) =>
      meeting.commands.map((planned) => ({
        planned,
        documentSha256: meeting.document.sha256,
        ...(meeting.document.name !== undefined && { documentName: meeting.document.name }),
        document: meeting.document,
        meetingId: meeting.meetingId,
      })),
    ),
  ];
  const documents = new Map(
    plan.meetings.map((meeting) => [
      meeting.meetingId,
      { name: meeting.document.name, meetingId: meeting.meetingId, recorded: 0, alreadyRecorded: 0, refused: 0 },
    ]),
  );
  let recorded = 0;
  let alreadyRecorded = 0;
  let eventsWritten = 0;
  const refused: RefusedCommand[] = [];

  for (const [index, step] of steps.entries()) {
    if (options.signal?.aborted) break;
    const tally = step.meetingId ? documents.get(step.meetingId) : undefined;
    const outcome = await recordOne(send, plan.bodyId, step, options.principal);
    if (outcome.kind === 'recorded') {
      recorded += 1;
      eventsWritten += outcome.events;
      if (tally) tally.recorded += 1;
    } else if (outcome.kind === 'already-recorded') {
      alreadyRecorded += 1;
      if (tally) tally.alreadyRecorded += 1;
    } else {
      refused.push({
        ...(step.documentName !== undefined && { documentName: step.documentName }),
        commandId: step.planned.commandId,
        commandType: step.planned.command.type,
        lines: step.planned.lines,
        code: outcome.code,
        reason: outcome.reason,
      });
      if (tally) tally.refused += 1;
    }
    options.onProgress?.(index + 1, steps.length);
  }
  return { recorded, alreadyRecorded, refused, eventsWritten, documents: [...documents.values()] };
}

type Outcome =
  | { readonly kind: 'recorded'; readonly events: number }
  | { readonly kind: 'already-recorded' }
  | { readonly kind: 'refused'; readonly code: string; readonly reason: string };

async function recordOne(send: CommandSender, bodyId: string, step: Step, principal: Principal): Promise<Outcome> {
  const command: DomainCommand = step.planned.command;
  const envelope: CommandEnvelope = {
    command,
    commandId: step.planned.commandId,
    correlationId: importCorrelationId(bodyId, step.documentSha256),
    principal,
    source: 'import',
    provenance: {
      documentSha256: step.documentSha256,
      ...(step.documentName !== undefined && { documentName: step.documentName }),
      ...(step.document?.url !== undefined && { documentUrl: step.document.url }),
      ...(step.document !== undefined && { documentMediaType: step.document.mediaType }),
      lines: { from: step.planned.lines.from, to: step.planned.lines.to },
      ...(step.planned.editedByHand && { decidedBy: principal.id }),
    },
  };
  try {
    const result = await send(envelope);
    if (result.alreadyRecorded) return { kind: 'already-recorded' };
    return { kind: 'recorded', events: result.events.length };
  } catch (error) {
    // The body may have been established by an earlier import or through the API, under another name.
    if (error instanceof DomainError && error.code === 'AGGREGATE_ALREADY_EXISTS' && command.type === 'EstablishBody') {
      return { kind: 'already-recorded' };
    }
    if (error instanceof DomainError || error instanceof CommandIdReusedError) {
      return { kind: 'refused', code: error.code, reason: error.message };
    }
    throw error;
  }
}
