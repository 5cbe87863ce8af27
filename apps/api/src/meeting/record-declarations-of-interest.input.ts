import { InputType } from '@nestjs/graphql';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { DeclarationOfInterestInput } from './declaration-of-interest.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record the declarations of interest made under the declarations item, or that none were made.' })
export class RecordDeclarationsOfInterestInput extends AtTheMeetingInput {
  @ItemNumberField({ description: 'The "declarations of interest" item they were made under.' })
  itemNumber: string;

  @NestedListField(() => DeclarationOfInterestInput, {
    maxItems: 100,
    description: 'The declarations made (up to 100); an empty list records that no declarations were made.',
  })
  declarations: DeclarationOfInterestInput[];
}
