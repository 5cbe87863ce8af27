import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { ElectOfficeholderInput } from '../../body/elect-officeholder.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: 'The decision elects someone to an office of the body for a municipal year.' })
export class ElectOfficeholderEffectInput extends IntersectionType(
  PickType(ElectOfficeholderInput, ['office', 'term', 'holder']),
  InForceFromMeetingDayInput,
) {}
