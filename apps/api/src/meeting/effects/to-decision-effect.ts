import type { DecisionEffect } from '@ledger/domain';
import { toClauseAmendment } from '../../body/to-clause-amendment';
import { chosenField } from '../../shared/one-of';
import { toFollowUpDue } from '../../shared/to-follow-up-due';
import { withoutAbsentFields } from '../../commands/without-absent-fields';
import type { DecisionEffectInput } from './decision-effect.input';

export function toDecisionEffect(input: DecisionEffectInput): DecisionEffect {
  const chosen = chosenField(withoutAbsentFields(input));
  switch (chosen.field) {
    case 'admitMemberOrganisation':
      return { kind: 'admit-member-organisation', ...chosen.value };
    case 'withdrawMemberOrganisation':
      return { kind: 'withdraw-member-organisation', ...chosen.value };
    case 'renameBody':
      return { kind: 'rename-body', ...chosen.value };
    case 'adoptTermsOfReference':
      return { kind: 'adopt-terms-of-reference', ...chosen.value };
    case 'amendTermsOfReference':
      return { kind: 'amend-terms-of-reference', ...chosen.value, amendments: chosen.value.amendments.map(toClauseAmendment) };
    case 'electOfficeholder':
      return { kind: 'elect-officeholder', ...chosen.value };
    case 'leaveOfficeVacant':
      return { kind: 'leave-office-vacant', ...chosen.value };
    case 'setFutureMeetingDates':
      return { kind: 'set-future-meeting-dates', ...chosen.value };
    case 'raiseAction':
      return { kind: 'raise-action', ...chosen.value };
    case 'requestFollowUp':
      return { kind: 'request-follow-up', ...chosen.value, due: toFollowUpDue(chosen.value.due) };
    case 'deferItem':
      return { kind: 'defer-item', ...chosen.value, due: toFollowUpDue(chosen.value.due) };
    case 'fulfilFollowUp':
      return { kind: 'fulfil-follow-up', ...chosen.value };
  }
}

/**
 * The input field for each kind of effect the domain knows. Keyed by the domain's union, so a new kind
 * of effect fails the build here until DecisionEffectInput has a field for it.
 */
export const EFFECT_FIELD_BY_KIND = {
  'admit-member-organisation': 'admitMemberOrganisation',
  'withdraw-member-organisation': 'withdrawMemberOrganisation',
  'rename-body': 'renameBody',
  'adopt-terms-of-reference': 'adoptTermsOfReference',
  'amend-terms-of-reference': 'amendTermsOfReference',
  'elect-officeholder': 'electOfficeholder',
  'leave-office-vacant': 'leaveOfficeVacant',
  'set-future-meeting-dates': 'setFutureMeetingDates',
  'raise-action': 'raiseAction',
  'request-follow-up': 'requestFollowUp',
  'defer-item': 'deferItem',
  'fulfil-follow-up': 'fulfilFollowUp',
} as const satisfies Record<DecisionEffect['kind'], keyof DecisionEffectInput>;
