import { Field, InputType, PickType } from '@nestjs/graphql';
import { RaiseFollowUpInput } from '../../follow-up/raise-follow-up.input';

/** A deferred item comes back as a follow-up, so it takes a follow-up's rules; subject says what is deferred. */
@InputType({ description: 'The decision defers the item (or part of it) to a later meeting.' })
export class DeferItemEffectInput extends PickType(RaiseFollowUpInput, ['subject', 'due']) {
  @Field({ description: 'What is deferred, e.g. "Election of Deputy Chairman".' })
  override subject: string;
}
