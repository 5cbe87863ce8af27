import { Field, InputType, PickType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { RaiseFollowUpInput } from '../../follow-up/raise-follow-up.input';
import { REQUESTED_FOLLOW_UP_KINDS, RequestedFollowUpKindEnum, type RequestedFollowUpKind } from './requested-follow-up-kind.enum';

/**
 * The follow-up the decision raises, with the command's rules. What may be requested is narrower than
 * the command's kind; subject is redeclared only to keep the example in its description.
 */
@InputType({ description: 'The decision asks for something to come back: a further report, a presentation, an agenda item.' })
export class RequestFollowUpEffectInput extends PickType(RaiseFollowUpInput, ['subject', 'askedOf', 'due']) {
  @Field(() => RequestedFollowUpKindEnum, { description: 'What is requested, e.g. REPORT.' })
  @IsIn(REQUESTED_FOLLOW_UP_KINDS)
  request: RequestedFollowUpKind;

  @Field({ description: 'What it is about, e.g. "Progress on the county lines partnership work".' })
  override subject: string;
}
