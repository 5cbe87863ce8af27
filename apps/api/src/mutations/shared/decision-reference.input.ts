import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsItemNumber, IsLedgerId, Trimmed } from '../../graphql/validation/rules';

@InputType({ description: 'The resolution that decided something: meeting, item and lettered part.' })
export class DecisionReferenceInput {
  @Field({ description: 'The meeting id, e.g. lrscsb-2023-09-29.' })
  @IsLedgerId()
  meetingId: string;

  @Field({ description: 'The item number as printed, e.g. "6".' })
  @IsItemNumber()
  itemNumber: string;

  @Field({ nullable: true, description: 'The letter of the resolution part, e.g. "b"; omitted for an unlettered resolution.' })
  @IsOptional()
  @Trimmed()
  @Matches(/^[a-z]{1,3}$/, { message: 'part must be a lower-case letter such as a, b or c' })
  part?: string;
}
