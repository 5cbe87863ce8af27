import { Field, InputType, PickType } from '@nestjs/graphql';
import { RaiseActionInput } from '../../action/raise-action.input';

/** The command's fields and rules; owner is redeclared only to keep the example in its description. */
@InputType({ description: "The decision puts an action on the body's action log." })
export class RaiseActionEffectInput extends PickType(RaiseActionInput, ['owner', 'description', 'dueOn']) {
  @Field({ description: 'Who owns it, e.g. "Community Safety Team, Leicestershire County Council".' })
  override owner: string;
}
