import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsText } from '../platform/graphql/validation/rules';
import { DecisionReferenceInput } from '../shared/decision-reference.input';

@InputType({ description: 'Start the record of a board.' })
export class EstablishBodyInput {
  @Field({ description: 'A stable id for the body, e.g. lscsb.' })
  @IsLedgerId()
  bodyId: string;

  @Field({ description: 'Its full name, e.g. Leicestershire Safer Communities Strategy Board.' })
  @IsText(300)
  name: string;

  @Field({ description: 'Its short name, e.g. LSCSB.' })
  @IsText(40)
  shortName: string;

  @Field({ nullable: true, description: 'The date it was established, when known (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  establishedOn?: string;

  @Field(() => DecisionReferenceInput, { nullable: true, description: 'The decision that established it, when recorded.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision?: DecisionReferenceInput;
}
