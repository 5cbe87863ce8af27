import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, ValidateNested } from 'class-validator';
import { IsDateTimeWithOffset, IsLedgerId } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';

@InputType({ description: 'Record the dates and times of future meetings a board agreed.' })
export class AgreeFutureMeetingDatesInput {
  @Field({ description: 'The body that will meet.' })
  @IsLedgerId()
  bodyId: string;

  @Field(() => [String], {
    description: 'When each meeting starts, with its UTC offset, e.g. 2020-03-06T14:00:00Z (1 to 50, no repeats).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsDateTimeWithOffset()
  startTimes: string[];

  @Field(() => DecisionReferenceInput, { description: 'The resolution that agreed them.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
