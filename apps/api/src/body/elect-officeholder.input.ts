import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';
import { TakingOfficeInput } from './taking-office.input';

@InputType({ description: 'Record that a board elected someone to an office for a municipal year.' })
export class ElectOfficeholderInput extends TakingOfficeInput {
  @Field({ description: 'The person elected, as the minutes name them, e.g. Mr. J. T. Orson JP CC.' })
  @IsText(300)
  holder: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that elected them.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
