import { InputType } from '@nestjs/graphql';
import { IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'A clause of the terms of reference.' })
export class ClauseInput {
  @IdField({ description: 'Its stable id, kept across versions so they can be compared clause by clause, e.g. "4.2".' })
  id: string;

  @TextField(500, { description: 'Its heading, e.g. "Membership".' })
  heading: string;

  @TextField(20000, { description: 'Its text.' })
  text: string;
}
