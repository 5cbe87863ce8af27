import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { AdoptTermsOfReferenceInput } from '../../body/adopt-terms-of-reference.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: "The decision adopts a whole new version of the body's terms of reference." })
export class AdoptTermsOfReferenceEffectInput extends IntersectionType(
  PickType(AdoptTermsOfReferenceInput, ['version', 'clauses']),
  InForceFromMeetingDayInput,
) {}
