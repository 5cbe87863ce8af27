import { decideOnHistory, DomainError, routeCommand, type DomainEvent } from '@ledger/domain';
import type { PlannedCommand, PlannedRefusal } from './import-plan';

/**
 * Decides the plan's commands in memory, each stream from an empty history, as a fresh ledger
 * would. A refusal here is a fault of the plan, shown before anything is written; commands that
 * depend on what the ledger already holds (the body's state) are left to the real write.
 */
export function checkAgainstDomain(commands: readonly PlannedCommand[]): PlannedRefusal[] {
  const streams = new Map<string, DomainEvent[]>();
  const refusals: PlannedRefusal[] = [];
  for (const planned of commands) {
    try {
      const { streamId } = routeCommand(planned.command);
      const history = streams.get(streamId) ?? [];
      streams.set(streamId, [...history, ...decideOnHistory(planned.command, history)]);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refusals.push({
        commandId: planned.commandId,
        commandType: planned.command.type,
        code: error.code,
        message: error.message,
        lines: planned.lines,
      });
    }
  }
  return refusals;
}
