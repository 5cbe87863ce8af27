import { DECISION_KINDS, type DecisionEffectKind, type DecisionKind } from '@ledger/domain';
import type { MeetingPlan, PlanCounts } from './import-plan';

/** The numbers a reader checks against the page: items, decisions by kind, declarations, follow-ups. */
export function countPlan(plan: Omit<MeetingPlan, 'counts'>): PlanCounts {
  const recordedParts = plan.items.flatMap((item) => item.resolution?.parts.filter((part) => part.recorded) ?? []);
  const partsByKind = Object.fromEntries(DECISION_KINDS.map((kind) => [kind, 0])) as Record<DecisionKind, number>;
  recordedParts.forEach((part) => (partsByKind[part.kind!] += 1));
  const included = plan.effects.filter((effect) => effect.status === 'included');
  const effects: Partial<Record<DecisionEffectKind, number>> = {};
  included.forEach((effect) => (effects[effect.kind] = (effects[effect.kind] ?? 0) + 1));
  const meetingDates = included.flatMap((effect) => (effect.effect?.kind === 'set-future-meeting-dates' ? effect.effect.startTimes : []));
  return {
    items: plan.items.length,
    resolutionParts: recordedParts.length,
    partsByKind,
    declarations: plan.declarations.length,
    deferrals: partsByKind.deferred,
    requests: partsByKind.requested,
    followUps: (effects['request-follow-up'] ?? 0) + (effects['defer-item'] ?? 0),
    effects,
    heldBackEffects: plan.effects.length - included.length,
    unclassified: plan.unclassified.length,
    previousMinutesConfirmed: plan.previousMinutes.length,
    corrections: plan.previousMinutes.reduce(
      (total, confirmation) => total + confirmation.corrections.length + (confirmation.attendanceCorrections?.length ?? 0),
      0,
    ),
    exclusions: plan.exclusions.length,
    chairs: plan.chairs.length,
    orderOfBusinessVaried: plan.orderOfBusiness !== undefined,
    futureMeetingDates: meetingDates.length,
    commands: plan.commands.length,
  };
}
