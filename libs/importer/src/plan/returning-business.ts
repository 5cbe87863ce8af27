import { EFFECTS_ALLOWED_BY_DECISION, effectKey, type DecisionEffect, type MeetingCommand } from '@ledger/domain';
import { comparable } from '../text/plain-text';
import { importCommandId } from './command-identity';
import type { MeetingPlan, PlannedEffect, PlannedItem } from './import-plan';
import { checkAgainstDomain } from './domain-check';
import { countPlan } from './plan-counts';

interface Deferral {
  readonly followUpId: string;
  readonly title: string;
  readonly meetingId: string;
  readonly itemNumber: string;
}

/**
 * Deferred business that comes back: when a later meeting of the same import takes an item of
 * the same title as one an earlier meeting deferred, and decides it (a deferred election held, a
 * deferred report received), that decision fulfils the follow-up the deferral raised. Only the
 * same title counts, and only a decision that is not deferred again.
 */
export function linkReturningBusiness(bodyId: string, meetings: readonly MeetingPlan[]): MeetingPlan[] {
  const open: Deferral[] = [];
  return meetings.map((meeting) => {
    let plan = meeting;
    for (const item of meeting.items) {
      const returning = open.findIndex((deferral) => deferral.meetingId !== meeting.meetingId && deferral.title === comparable(item.title));
      if (returning >= 0 && decidedWithoutDeferral(item)) {
        plan = fulfil(bodyId, plan, item, open[returning]!);
        open.splice(returning, 1);
      }
    }
    for (const item of meeting.items) {
      for (const part of item.resolution?.parts ?? []) {
        part.effects.forEach((effect, index) => {
          if (effect.status !== 'included' || effect.kind !== 'defer-item') return;
          const decision = { meetingId: meeting.meetingId, itemNumber: item.number, ...(part.label !== undefined && { part: part.label }) };
          open.push({
            followUpId: effectKey(decision, index + 1),
            title: comparable(item.title),
            meetingId: meeting.meetingId,
            itemNumber: item.number,
          });
        });
      }
    }
    return plan;
  });
}

function decidedWithoutDeferral(item: PlannedItem): boolean {
  const parts = item.resolution?.parts.filter((part) => part.recorded) ?? [];
  return parts.length > 0 && parts.every((part) => part.kind !== 'deferred') && parts.some((part) => canFulfil(part.kind));
}

const canFulfil = (kind: string | undefined) =>
  kind !== undefined && (EFFECTS_ALLOWED_BY_DECISION as Record<string, readonly string[]>)[kind]?.includes('fulfil-follow-up') === true;

function fulfil(bodyId: string, plan: MeetingPlan, item: PlannedItem, deferral: Deferral): MeetingPlan {
  const partIndex = item.resolution!.parts.findIndex((part) => part.recorded && canFulfil(part.kind));
  const part = item.resolution!.parts[partIndex]!;
  const effect: DecisionEffect = { kind: 'fulfil-follow-up', followUpId: deferral.followUpId };
  const planned: PlannedEffect = {
    itemNumber: item.number,
    ...(part.label !== undefined && { part: part.label }),
    kind: 'fulfil-follow-up',
    summary: `fulfil the follow-up ${deferral.followUpId}: item ${deferral.itemNumber} of ${deferral.meetingId}, deferred, is decided here`,
    lines: part.lines,
    status: 'included',
    effect,
  };
  const commands = plan.commands.map((command) => {
    const data = command.command.type === 'PassResolution' ? command.command.data : undefined;
    if (!data || data.itemNumber !== item.number) return command;
    const parts = data.parts.map((recorded) =>
      (recorded.label ?? '') === (part.label ?? '') ? { ...recorded, effects: [...recorded.effects, effect] } : recorded,
    );
    const changed: MeetingCommand = { type: 'PassResolution', data: { ...data, parts } };
    return { ...command, command: changed, commandId: importCommandId(bodyId, changed), summary: `${command.summary} +fulfil-follow-up` };
  });
  const items = plan.items.map((candidate) =>
    candidate !== item
      ? candidate
      : {
          ...candidate,
          resolution: {
            ...candidate.resolution!,
            parts: candidate.resolution!.parts.map((candidatePart, index) =>
              index === partIndex ? { ...candidatePart, effects: [...candidatePart.effects, planned] } : candidatePart,
            ),
          },
        },
  );
  const withoutCounts = {
    ...plan,
    items,
    commands,
    effects: [...plan.effects, planned],
    domainCheck: { refusals: checkAgainstDomain(commands) },
  };
  return { ...withoutCounts, counts: countPlan(withoutCounts) };
}
