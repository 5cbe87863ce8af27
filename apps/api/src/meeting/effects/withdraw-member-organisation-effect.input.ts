import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { WithdrawMemberOrganisationInput } from '../../body/withdraw-member-organisation.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: "The decision ends an organisation's membership of the body." })
export class WithdrawMemberOrganisationEffectInput extends IntersectionType(
  PickType(WithdrawMemberOrganisationInput, ['organisationId']),
  InForceFromMeetingDayInput,
) {}
