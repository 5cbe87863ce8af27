import { InputType } from '@nestjs/graphql';
import { ActionSourceInput } from './action-source.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField, TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: "Put an action on a body's action log." })
export class RaiseActionInput {
  @IdField({ description: 'A stable id for the action.' })
  actionId: string;

  @IdField({ description: 'The body whose action log it is on.' })
  bodyId: string;

  @NestedField(() => ActionSourceInput, { description: 'Where in the minutes it came from.' })
  raisedFrom: ActionSourceInput;

  @CalendarDateField({ description: 'The date it was raised (YYYY-MM-DD).' })
  raisedOn: string;

  @TextField(300, { description: 'Who owns it.' })
  owner: string;

  @TextField(5000, { description: 'What is to be done.' })
  description: string;

  @CalendarDateField({ nullable: true, description: 'When it is due (YYYY-MM-DD), if a date was set.' })
  dueOn?: string;
}
