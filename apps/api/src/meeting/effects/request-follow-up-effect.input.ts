import { Field, InputType, PickType } from '@nestjs/graphql';
import { RaiseFollowUpInput } from '../../follow-up/raise-follow-up.input';
import { RequestedFollowUpKindEnum, type RequestedFollowUpKind } from './requested-follow-up-kind.enum';
import { EnumField } from '../../platform/graphql/fields/enum-field';

/**
 * The follow-up the decision raises, with the command's rules. What may be requested is narrower than
 * the command's kind; subject is redeclared only to keep the example in its description.
 */
@InputType({ description: 'The decision asks for something to come back: a further report, a presentation, an agenda item.' })
export class RequestFollowUpEffectInput extends PickType(RaiseFollowUpInput, ['subject', 'askedOf', 'due']) {
  @EnumField(RequestedFollowUpKindEnum, { description: 'What is requested, e.g. REPORT.' })
  request: RequestedFollowUpKind;

  @Field({ description: 'What it is about, e.g. "Progress on the county lines partnership work".' })
  override subject: string;
}
