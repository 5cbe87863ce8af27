import { InputType } from '@nestjs/graphql';
import { IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Clause 4.2 now reads …' })
export class ReplaceClauseInput {
  @IdField({ description: 'The id of the clause in force that is replaced.' })
  clauseId: string;

  @TextField(500, { nullable: true, description: 'Its new heading; omitted to keep the heading.' })
  heading?: string;

  @TextField(20000, { description: 'Its new text.' })
  text: string;
}
