import { InputType, PickType } from '@nestjs/graphql';
import { LeaveOfficeVacantInput } from '../../body/leave-office-vacant.input';

@InputType({ description: 'The decision leaves an office of the body unfilled for a term (a deferred election).' })
export class LeaveOfficeVacantEffectInput extends PickType(LeaveOfficeVacantInput, ['office', 'term', 'reason']) {}
