import { InputType } from '@nestjs/graphql';
import { IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'A clause in force that is deleted.' })
export class RemoveClauseInput {
  @IdField({ description: 'The id of the clause removed.' })
  clauseId: string;
}
