import type { Office } from '../body/office';
import type { Clause, ClauseAmendment } from '../body/terms-of-reference';
import type { FollowUpDue } from '../follow-up/follow-up-due';
import type { IsoDate, IsoDateTime, Term } from '../shared/values';

/**
 * What a decision changes outside its meeting. The process manager turns each effect into a command
 * on the body, a follow-up or the action log. `inForceFrom` defaults to the day of the meeting.
 */
export type DecisionEffect =
  | {
      readonly kind: 'admit-member-organisation';
      readonly organisationId: string;
      readonly organisationName: string;
      readonly inForceFrom?: IsoDate;
    }
  | { readonly kind: 'withdraw-member-organisation'; readonly organisationId: string; readonly inForceFrom?: IsoDate }
  | { readonly kind: 'rename-body'; readonly name: string; readonly shortName: string; readonly inForceFrom?: IsoDate }
  | { readonly kind: 'adopt-terms-of-reference'; readonly version: number; readonly clauses: Clause[]; readonly inForceFrom?: IsoDate }
  | {
      readonly kind: 'amend-terms-of-reference';
      readonly version: number;
      readonly amendments: ClauseAmendment[];
      readonly inForceFrom?: IsoDate;
    }
  | {
      readonly kind: 'elect-officeholder';
      readonly office: Office;
      readonly term: Term;
      readonly holder: string;
      readonly inForceFrom?: IsoDate;
    }
  | { readonly kind: 'leave-office-vacant'; readonly office: Office; readonly term: Term; readonly reason: string }
  | { readonly kind: 'set-future-meeting-dates'; readonly startTimes: IsoDateTime[] }
  | { readonly kind: 'raise-action'; readonly owner: string; readonly description: string; readonly dueOn?: IsoDate }
  | {
      readonly kind: 'request-follow-up';
      readonly request: 'report' | 'presentation' | 'agenda-item';
      readonly subject: string;
      readonly askedOf?: string;
      readonly due: FollowUpDue;
    }
  | { readonly kind: 'defer-item'; readonly subject: string; readonly due: FollowUpDue }
  /** The decision answers something an earlier decision asked for. */
  | { readonly kind: 'fulfil-follow-up'; readonly followUpId: string };

export type DecisionEffectKind = DecisionEffect['kind'];

export const DECISION_EFFECT_KINDS = [
  'admit-member-organisation',
  'withdraw-member-organisation',
  'rename-body',
  'adopt-terms-of-reference',
  'amend-terms-of-reference',
  'elect-officeholder',
  'leave-office-vacant',
  'set-future-meeting-dates',
  'raise-action',
  'request-follow-up',
  'defer-item',
  'fulfil-follow-up',
] as const satisfies readonly DecisionEffectKind[];
