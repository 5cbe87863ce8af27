import { ImportPlanError } from '../errors';
import { importCommandId } from './command-identity';
import { checkAgainstDomain } from './domain-check';
import type { MeetingPlan, PlannedCommand } from './import-plan';
import { sha256Of, type ImportPlan, type SourceDocument } from './plan-import';

const FORMAT = 'governance-ledger-import-plan';
const VERSION = 1;

/**
 * The plan as a file a clerk can edit: reclassify a passage, fix an item's title, add a part the
 * importer missed, by editing the commands. `readPlanFile` takes it back.
 */
export function writePlanFile(plan: ImportPlan): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, plan }, null, 2)}\n`;
}

/**
 * Reads an edited plan against the pages it was made from. A page whose text changed since
 * (its SHA-256 differs) makes the plan stale, and nothing is recorded. A command whose content
 * differs from what the importer planned was edited by a person: it gets the id its new content
 * gives, and is marked so that its events say a person decided it. The edited meetings are
 * decided in memory first; a plan the domain refuses is refused whole.
 */
export function readPlanFile(text: string, documents: readonly SourceDocument[]): ImportPlan {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportPlanError('INVALID_PLAN', `the plan file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const file = parsed as { format?: unknown; version?: unknown; plan?: ImportPlan };
  if (file?.format !== FORMAT || file.version !== VERSION || typeof file.plan !== 'object' || file.plan === null) {
    throw new ImportPlanError('INVALID_PLAN', `the file is not a plan written by import --plan-out (format ${FORMAT}, version ${VERSION})`);
  }
  const plan = file.plan;
  if (typeof plan.bodyId !== 'string' || !Array.isArray(plan.meetings)) {
    throw new ImportPlanError('INVALID_PLAN', 'the plan has no bodyId or no meetings');
  }
  const byName = new Map(documents.map((document) => [document.name, document]));
  const meetings = plan.meetings.map((meeting, index): MeetingPlan => {
    const where = `meeting ${index + 1}${typeof meeting?.meetingId === 'string' ? ` (${meeting.meetingId})` : ''}`;
    if (!meeting || !Array.isArray(meeting.commands) || typeof meeting.document?.sha256 !== 'string') {
      throw new ImportPlanError('INVALID_PLAN', `${where} has no commands or no document hash`);
    }
    const name = meeting.document.name;
    const page = name === undefined ? undefined : byName.get(name);
    if (!page) throw new ImportPlanError('PLAN_STALE', `${where} was planned from ${name ?? 'a page without a name'}; give that page too`);
    if (sha256Of(page.text) !== meeting.document.sha256) {
      throw new ImportPlanError('PLAN_STALE', `${name} has changed since the plan was made (its SHA-256 differs); plan it again`);
    }
    const commands = (meeting.commands as readonly PlannedCommand[]).map((planned, position) =>
      withEditMark(plan.bodyId, planned, `${where}, command ${position + 1}`),
    );
    const refusals = checkAgainstDomain(commands);
    if (refusals.length > 0) {
      const first = refusals[0]!;
      throw new ImportPlanError(
        'PLAN_REFUSED',
        `${where}: ${first.commandType} is refused: ${first.message} (${first.code})${refusals.length > 1 ? `, and ${refusals.length - 1} more` : ''}`,
      );
    }
    return { ...meeting, commands, domainCheck: { refusals } };
  });
  const establishBody = plan.establishBody
    ? { ...plan.establishBody, ...withEditMark(plan.bodyId, plan.establishBody, 'the body') }
    : undefined;
  return { ...plan, ...(establishBody && { establishBody }), meetings };
}

function withEditMark(bodyId: string, planned: PlannedCommand, where: string): PlannedCommand {
  const command = planned?.command as PlannedCommand['command'] | undefined;
  if (!command || typeof command.type !== 'string' || typeof command.data !== 'object' || command.data === null) {
    throw new ImportPlanError('INVALID_PLAN', `${where} has no command with a type and data`);
  }
  const lines = planned.lines;
  if (!lines || !Number.isInteger(lines.from) || !Number.isInteger(lines.to) || lines.from < 1 || lines.to < lines.from) {
    throw new ImportPlanError('INVALID_PLAN', `${where} does not say which lines of the page it comes from`);
  }
  const commandId = importCommandId(bodyId, command);
  const edited = commandId !== planned.commandId || planned.editedByHand === true;
  return { ...planned, commandId, ...(edited && { editedByHand: true }) };
}
