import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';

@InputType({ description: 'Give a body a new name, as a board resolved.' })
export class RenameBodyInput {
  @Field({ description: 'The body renamed.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'Its new full name, e.g. Leicestershire and Rutland Safer Communities Strategy Board.' })
  @IsText(300)
  name: string;

  @Field({ description: 'Its new short name, e.g. LRSCSB.' })
  @IsText(40)
  shortName: string;

  @Field({ description: 'The date the new name is in force from (YYYY-MM-DD).' })
  @IsCalendarDate()
  inForceFrom: string;

  @Field(() => DecisionReferenceInput, { description: 'The resolution that renamed it.' })
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision: DecisionReferenceInput;
}
