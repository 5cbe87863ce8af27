import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { AdmitMemberOrganisationInput } from '../../body/admit-member-organisation.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: 'The decision admits an organisation as a member of the body.' })
export class AdmitMemberOrganisationEffectInput extends IntersectionType(
  PickType(AdmitMemberOrganisationInput, ['organisationId', 'organisationName']),
  InForceFromMeetingDayInput,
) {}
