import { InputType } from '@nestjs/graphql';
import { ClauseInput } from './clause.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'A new clause, placed after a clause in force.' })
export class InsertClauseInput {
  @NestedField(() => ClauseInput, { description: 'The new clause, with an id not yet used.' })
  clause: ClauseInput;

  @IdField({ nullable: true, description: 'The id of the clause it follows; omitted or null to put it first.' })
  afterClauseId?: string | null;
}
