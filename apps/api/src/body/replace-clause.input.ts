import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Clause 4.2 now reads …' })
export class ReplaceClauseInput {
  @Field({ description: 'The id of the clause in force that is replaced.' })
  @IsLedgerId()
  clauseId: string;

  @Field({ nullable: true, description: 'Its new heading; omitted to keep the heading.' })
  @IsOptional()
  @IsText(500)
  heading?: string;

  @Field({ description: 'Its new text.' })
  @IsText(20000)
  text: string;
}
