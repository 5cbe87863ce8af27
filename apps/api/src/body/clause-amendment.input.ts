import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { InsertClauseInput } from './insert-clause.input';
import { RemoveClauseInput } from './remove-clause.input';
import { ReplaceClauseInput } from './replace-clause.input';

@InputType({ description: 'One change to the terms of reference. Set exactly one field: replace, insert or remove.' })
export class ClauseAmendmentInput {
  @Field(() => ReplaceClauseInput, {
    nullable: true,
    description: 'A clause in force gets new text (and perhaps a new heading).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReplaceClauseInput)
  replace?: ReplaceClauseInput;

  @Field(() => InsertClauseInput, { nullable: true, description: 'A new clause is added.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InsertClauseInput)
  insert?: InsertClauseInput;

  @Field(() => RemoveClauseInput, { nullable: true, description: 'A clause is deleted.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RemoveClauseInput)
  remove?: RemoveClauseInput;
}
