import { InputType } from '@nestjs/graphql';
import { MinutesTextInput } from './at-the-meeting.input';
import { ResolutionPartInput } from './resolution-part.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record the resolution of an item: "RESOLVED: (a) That … ; (b) That …".' })
export class PassResolutionInput extends MinutesTextInput {
  @ItemNumberField({ description: 'The item resolved.' })
  itemNumber: string;

  @NestedListField(() => ResolutionPartInput, { minItems: 1, maxItems: 26, description: 'Its parts in order (1 to 26).' })
  parts: ResolutionPartInput[];
}
