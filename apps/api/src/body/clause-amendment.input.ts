import { InputType } from '@nestjs/graphql';
import { InsertClauseInput } from './insert-clause.input';
import { RemoveClauseInput } from './remove-clause.input';
import { ReplaceClauseInput } from './replace-clause.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';

@InputType({ description: 'One change to the terms of reference. Set exactly one field: replace, insert or remove.' })
export class ClauseAmendmentInput {
  @NestedField(() => ReplaceClauseInput, {
    nullable: true,
    description: 'A clause in force gets new text (and perhaps a new heading).',
  })
  replace?: ReplaceClauseInput;

  @NestedField(() => InsertClauseInput, { nullable: true, description: 'A new clause is added.' })
  insert?: InsertClauseInput;

  @NestedField(() => RemoveClauseInput, { nullable: true, description: 'A clause is deleted.' })
  remove?: RemoveClauseInput;
}
