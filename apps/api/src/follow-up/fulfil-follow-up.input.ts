import { InputType } from '@nestjs/graphql';
import { ItemReferenceInput } from '../shared/item-reference.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { CalendarDateField, IdField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'Record that an item of a later meeting of the same body fulfilled an outstanding follow-up.' })
export class FulfilFollowUpInput {
  @IdField({ description: 'The follow-up fulfilled.' })
  followUpId: string;

  @NestedField(() => ItemReferenceInput, { description: 'The agenda item that fulfilled it.' })
  fulfilledBy: ItemReferenceInput;

  @IdField({ description: 'The body of the fulfilling meeting: the body that asked for it.' })
  bodyId: string;

  @CalendarDateField({ description: 'The date of the fulfilling meeting (YYYY-MM-DD).' })
  fulfilledOn: string;
}
