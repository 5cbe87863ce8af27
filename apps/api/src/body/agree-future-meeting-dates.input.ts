import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { IsDateTimeWithOffset } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record the dates and times of future meetings a board agreed.' })
export class AgreeFutureMeetingDatesInput {
  @IdField({ description: 'The body that will meet.' })
  bodyId: string;

  @Field(() => [String], {
    description: 'When each meeting starts, with its UTC offset, e.g. 2020-03-06T14:00:00Z (1 to 50, no repeats).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsDateTimeWithOffset()
  startTimes: string[];

  @NestedField(() => DecisionReferenceInput, { description: 'The resolution that agreed them.' })
  decision: DecisionReferenceInput;
}
