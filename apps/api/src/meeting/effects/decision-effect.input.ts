import { InputType } from '@nestjs/graphql';
import { AdmitMemberOrganisationEffectInput } from './admit-member-organisation-effect.input';
import { WithdrawMemberOrganisationEffectInput } from './withdraw-member-organisation-effect.input';
import { RenameBodyEffectInput } from './rename-body-effect.input';
import { AdoptTermsOfReferenceEffectInput } from './adopt-terms-of-reference-effect.input';
import { AmendTermsOfReferenceEffectInput } from './amend-terms-of-reference-effect.input';
import { ElectOfficeholderEffectInput } from './elect-officeholder-effect.input';
import { LeaveOfficeVacantEffectInput } from './leave-office-vacant-effect.input';
import { SetFutureMeetingDatesEffectInput } from './set-future-meeting-dates-effect.input';
import { RaiseActionEffectInput } from './raise-action-effect.input';
import { RequestFollowUpEffectInput } from './request-follow-up-effect.input';
import { DeferItemEffectInput } from './defer-item-effect.input';
import { FulfilFollowUpEffectInput } from './fulfil-follow-up-effect.input';
import { NestedField } from '../../platform/graphql/fields/nested-fields';

/**
 * The domain's DecisionEffect is a union, and GraphQL input types cannot be unions: each kind of
 * effect is an optional field here, and a rule at the field holding it checks that exactly one is set.
 */
@InputType({
  description:
    'What a decision changes outside its meeting. Set exactly one field, e.g. `{ renameBody: { name: "…", shortName: "LRSCSB" } }`. The kind of decision limits which effects it may have.',
})
export class DecisionEffectInput {
  @NestedField(() => AdmitMemberOrganisationEffectInput, {
    nullable: true,
    description: 'Admit an organisation as a member (Rutland County Council, September 2023).',
  })
  admitMemberOrganisation?: AdmitMemberOrganisationEffectInput;

  @NestedField(() => WithdrawMemberOrganisationEffectInput, { nullable: true, description: "End an organisation's membership." })
  withdrawMemberOrganisation?: WithdrawMemberOrganisationEffectInput;

  @NestedField(() => RenameBodyEffectInput, { nullable: true, description: 'Rename the body.' })
  renameBody?: RenameBodyEffectInput;

  @NestedField(() => AdoptTermsOfReferenceEffectInput, {
    nullable: true,
    description: 'Adopt a new version of the terms of reference.',
  })
  adoptTermsOfReference?: AdoptTermsOfReferenceEffectInput;

  @NestedField(() => AmendTermsOfReferenceEffectInput, { nullable: true, description: 'Amend clauses of the terms of reference.' })
  amendTermsOfReference?: AmendTermsOfReferenceEffectInput;

  @NestedField(() => ElectOfficeholderEffectInput, {
    nullable: true,
    description: 'Elect a chair or deputy chair for a municipal year.',
  })
  electOfficeholder?: ElectOfficeholderEffectInput;

  @NestedField(() => LeaveOfficeVacantEffectInput, {
    nullable: true,
    description: 'Leave an office unfilled (only for a DEFERRED decision).',
  })
  leaveOfficeVacant?: LeaveOfficeVacantEffectInput;

  @NestedField(() => SetFutureMeetingDatesEffectInput, { nullable: true, description: 'Agree the dates of future meetings.' })
  setFutureMeetingDates?: SetFutureMeetingDatesEffectInput;

  @NestedField(() => RaiseActionEffectInput, { nullable: true, description: 'Put an action on the action log.' })
  raiseAction?: RaiseActionEffectInput;

  @NestedField(() => RequestFollowUpEffectInput, {
    nullable: true,
    description: 'Ask for a report, presentation or agenda item to come back.',
  })
  requestFollowUp?: RequestFollowUpEffectInput;

  @NestedField(() => DeferItemEffectInput, {
    nullable: true,
    description: 'Defer the item to a later meeting (only for a DEFERRED decision).',
  })
  deferItem?: DeferItemEffectInput;

  @NestedField(() => FulfilFollowUpEffectInput, { nullable: true, description: 'Fulfil an outstanding follow-up.' })
  fulfilFollowUp?: FulfilFollowUpEffectInput;
}
