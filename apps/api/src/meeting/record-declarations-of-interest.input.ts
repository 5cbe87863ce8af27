import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { IsItemNumber } from '../platform/graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { DeclarationOfInterestInput } from './declaration-of-interest.input';

@InputType({ description: 'Record the declarations of interest made under the declarations item, or that none were made.' })
export class RecordDeclarationsOfInterestInput extends AtTheMeetingInput {
  @Field({ description: 'The "declarations of interest" item they were made under.' })
  @IsItemNumber()
  itemNumber: string;

  @Field(() => [DeclarationOfInterestInput], {
    description: 'The declarations made (up to 100); an empty list records that no declarations were made.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DeclarationOfInterestInput)
  declarations: DeclarationOfInterestInput[];
}
