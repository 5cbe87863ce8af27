import { Field, InputType } from '@nestjs/graphql';
import { IsLedgerId } from '../platform/graphql/validation/rules';

@InputType({ description: 'A clause in force that is deleted.' })
export class RemoveClauseInput {
  @Field({ description: 'The id of the clause removed.' })
  @IsLedgerId()
  clauseId: string;
}
