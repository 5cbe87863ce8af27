import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
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

/**
 * The domain's DecisionEffect is a union, and GraphQL input types cannot be unions: each kind of
 * effect is an optional field here, and a rule at the field holding it checks that exactly one is set.
 */
@InputType({
  description:
    'What a decision changes outside its meeting. Set exactly one field, e.g. `{ renameBody: { name: "…", shortName: "LRSCSB" } }`. The kind of decision limits which effects it may have.',
})
export class DecisionEffectInput {
  @Field(() => AdmitMemberOrganisationEffectInput, {
    nullable: true,
    description: 'Admit an organisation as a member (Rutland County Council, September 2023).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdmitMemberOrganisationEffectInput)
  admitMemberOrganisation?: AdmitMemberOrganisationEffectInput;

  @Field(() => WithdrawMemberOrganisationEffectInput, { nullable: true, description: "End an organisation's membership." })
  @IsOptional()
  @ValidateNested()
  @Type(() => WithdrawMemberOrganisationEffectInput)
  withdrawMemberOrganisation?: WithdrawMemberOrganisationEffectInput;

  @Field(() => RenameBodyEffectInput, { nullable: true, description: 'Rename the body.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenameBodyEffectInput)
  renameBody?: RenameBodyEffectInput;

  @Field(() => AdoptTermsOfReferenceEffectInput, {
    nullable: true,
    description: 'Adopt a new version of the terms of reference.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdoptTermsOfReferenceEffectInput)
  adoptTermsOfReference?: AdoptTermsOfReferenceEffectInput;

  @Field(() => AmendTermsOfReferenceEffectInput, { nullable: true, description: 'Amend clauses of the terms of reference.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmendTermsOfReferenceEffectInput)
  amendTermsOfReference?: AmendTermsOfReferenceEffectInput;

  @Field(() => ElectOfficeholderEffectInput, {
    nullable: true,
    description: 'Elect a chair or deputy chair for a municipal year.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ElectOfficeholderEffectInput)
  electOfficeholder?: ElectOfficeholderEffectInput;

  @Field(() => LeaveOfficeVacantEffectInput, {
    nullable: true,
    description: 'Leave an office unfilled (only for a DEFERRED decision).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeaveOfficeVacantEffectInput)
  leaveOfficeVacant?: LeaveOfficeVacantEffectInput;

  @Field(() => SetFutureMeetingDatesEffectInput, { nullable: true, description: 'Agree the dates of future meetings.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SetFutureMeetingDatesEffectInput)
  setFutureMeetingDates?: SetFutureMeetingDatesEffectInput;

  @Field(() => RaiseActionEffectInput, { nullable: true, description: 'Put an action on the action log.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RaiseActionEffectInput)
  raiseAction?: RaiseActionEffectInput;

  @Field(() => RequestFollowUpEffectInput, {
    nullable: true,
    description: 'Ask for a report, presentation or agenda item to come back.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequestFollowUpEffectInput)
  requestFollowUp?: RequestFollowUpEffectInput;

  @Field(() => DeferItemEffectInput, {
    nullable: true,
    description: 'Defer the item to a later meeting (only for a DEFERRED decision).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeferItemEffectInput)
  deferItem?: DeferItemEffectInput;

  @Field(() => FulfilFollowUpEffectInput, { nullable: true, description: 'Fulfil an outstanding follow-up.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FulfilFollowUpEffectInput)
  fulfilFollowUp?: FulfilFollowUpEffectInput;
}
