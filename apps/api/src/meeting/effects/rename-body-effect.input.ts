import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { RenameBodyInput } from '../../body/rename-body.input';
import { InForceFromMeetingDayInput } from './in-force-from-meeting-day.input';

@InputType({ description: 'The decision renames the body.' })
export class RenameBodyEffectInput extends IntersectionType(PickType(RenameBodyInput, ['name', 'shortName']), InForceFromMeetingDayInput) {}
