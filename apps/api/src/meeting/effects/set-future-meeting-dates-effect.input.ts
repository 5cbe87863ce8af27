import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { IsDateTimeWithOffset } from '../../platform/graphql/validation/rules';

@InputType({ description: "The decision agrees the dates of the body's future meetings." })
export class SetFutureMeetingDatesEffectInput {
  @Field(() => [String], { description: 'When each meeting starts, with its UTC offset (1 to 50, no repeats).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsDateTimeWithOffset()
  startTimes: string[];
}
