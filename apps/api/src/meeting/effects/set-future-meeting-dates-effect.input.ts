import { InputType, PickType } from '@nestjs/graphql';
import { AgreeFutureMeetingDatesInput } from '../../body/agree-future-meeting-dates.input';

@InputType({ description: "The decision agrees the dates of the body's future meetings." })
export class SetFutureMeetingDatesEffectInput extends PickType(AgreeFutureMeetingDatesInput, ['startTimes']) {}
