import { InputType } from '@nestjs/graphql';
import { IdField, ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'An agenda item of a particular meeting.' })
export class ItemReferenceInput {
  @IdField({ description: 'The meeting id, e.g. lscsb-2019-09-20.' })
  meetingId: string;

  @ItemNumberField({ description: 'The item number as printed on the agenda, e.g. "7".' })
  itemNumber: string;
}
