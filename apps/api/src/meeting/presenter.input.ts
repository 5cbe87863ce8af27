import { InputType } from '@nestjs/graphql';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Who presents an agenda item.' })
export class PresenterInput {
  @TextField(300, { description: 'Their name, e.g. Mike Sandys.' })
  name: string;

  @TextField(300, { nullable: true, description: 'Their role, e.g. Director of Public Health, Leicestershire County Council.' })
  role?: string;
}
