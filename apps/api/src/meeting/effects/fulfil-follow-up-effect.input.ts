import { Field, InputType } from '@nestjs/graphql';
import { IsLedgerId } from '../../platform/graphql/validation/rules';

@InputType({ description: 'The decision answers something an earlier decision asked for.' })
export class FulfilFollowUpEffectInput {
  @Field({ description: 'The id of the outstanding follow-up it fulfils.' })
  @IsLedgerId()
  followUpId: string;
}
