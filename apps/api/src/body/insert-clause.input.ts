import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsLedgerId } from '../platform/graphql/validation/rules';
import { ClauseInput } from './clause.input';

@InputType({ description: 'A new clause, placed after a clause in force.' })
export class InsertClauseInput {
  @Field(() => ClauseInput, { description: 'The new clause, with an id not yet used.' })
  @ValidateNested()
  @Type(() => ClauseInput)
  clause: ClauseInput;

  @Field(() => String, { nullable: true, description: 'The id of the clause it follows; omitted or null to put it first.' })
  @IsOptional()
  @IsLedgerId()
  afterClauseId?: string | null;
}
