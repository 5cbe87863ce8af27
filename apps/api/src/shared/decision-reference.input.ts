import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PART_LABEL, PART_LABEL_MESSAGE, Trimmed } from '../platform/graphql/validation/rules';
import { IdField, ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'The resolution that decided something: meeting, item and lettered part.' })
export class DecisionReferenceInput {
  @IdField({ description: 'The meeting id, e.g. lscsb-2023-09-29.' })
  meetingId: string;

  @ItemNumberField({ description: 'The item number as printed, e.g. "6".' })
  itemNumber: string;

  @Field({
    nullable: true,
    description: 'The label of the resolution part as printed, e.g. "b", "ii" or "2"; omitted for an unlabelled resolution.',
  })
  @IsOptional()
  @Trimmed()
  @Matches(PART_LABEL, { message: PART_LABEL_MESSAGE('part') })
  part?: string;
}
