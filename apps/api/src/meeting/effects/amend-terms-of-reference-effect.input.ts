import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { AmendTermsOfReferenceInput } from '../../body/amend-terms-of-reference.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: "The decision amends clauses of the body's terms of reference in force." })
export class AmendTermsOfReferenceEffectInput extends IntersectionType(
  PickType(AmendTermsOfReferenceInput, ['version', 'amendments']),
  InForceFromMeetingDayInput,
) {}
