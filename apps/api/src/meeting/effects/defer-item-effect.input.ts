import { Field, InputType } from '@nestjs/graphql';
import { IsText } from '../../platform/graphql/validation/rules';
import { FollowUpDueInput } from '../../shared/follow-up-due.input';
import { ValidateOneOf } from '../../shared/one-of';

@InputType({ description: 'The decision defers the item (or part of it) to a later meeting.' })
export class DeferItemEffectInput {
  @Field({ description: 'What is deferred, e.g. "Election of Deputy Chairman".' })
  @IsText(500)
  subject: string;

  @Field(() => FollowUpDueInput, { description: 'When it is to come back.' })
  @ValidateOneOf(() => FollowUpDueInput)
  due: FollowUpDueInput;
}
