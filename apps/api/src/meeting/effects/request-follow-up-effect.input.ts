import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsText } from '../../platform/graphql/validation/rules';
import { FollowUpDueInput } from '../../shared/follow-up-due.input';
import { ValidateOneOf } from '../../shared/one-of';
import { REQUESTED_FOLLOW_UP_KINDS, RequestedFollowUpKindEnum, type RequestedFollowUpKind } from './requested-follow-up-kind.enum';

@InputType({ description: 'The decision asks for something to come back: a further report, a presentation, an agenda item.' })
export class RequestFollowUpEffectInput {
  @Field(() => RequestedFollowUpKindEnum, { description: 'What is requested, e.g. REPORT.' })
  @IsIn(REQUESTED_FOLLOW_UP_KINDS)
  request: RequestedFollowUpKind;

  @Field({ description: 'What it is about, e.g. "Progress on the county lines partnership work".' })
  @IsText(500)
  subject: string;

  @Field({ nullable: true, description: 'Who is asked to bring it, e.g. "Leicestershire Police".' })
  @IsOptional()
  @IsText(300)
  askedOf?: string;

  @Field(() => FollowUpDueInput, { description: 'When it is due.' })
  @ValidateOneOf(() => FollowUpDueInput)
  due: FollowUpDueInput;
}
