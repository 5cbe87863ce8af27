import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { DECISION_KINDS, type DecisionKind } from '@ledger/domain';
import { IsText, Trimmed } from '../../graphql/validation/rules';
import { ValidateOneOf } from '../shared/one-of';
import { DecisionKindEnum } from '../../graphql/enums/decision-kind.enum';
import { DecisionEffectInput } from './effects/decision-effect.input';

@InputType({ description: 'A lettered part of a resolution: "(b) That Rutland County Council be admitted …".' })
export class ResolutionPartInput {
  @Field({
    nullable: true,
    description: 'Its letter without brackets, a, b, c … in sequence; omitted only for a resolution of one unlettered part.',
  })
  @IsOptional()
  @Trimmed()
  @Matches(/^[a-z]$/, { message: 'label must be a single lower-case letter such as a, b or c' })
  label?: string;

  @Field(() => DecisionKindEnum, { description: 'What the part decided, e.g. NOTED, APPROVED, DEFERRED.' })
  @IsIn(DECISION_KINDS)
  kind: DecisionKind;

  @Field({ description: 'Its text as minuted, e.g. "That the contents of the report be noted."' })
  @IsText(20000)
  text: string;

  @Field({ nullable: true, description: 'True when the source printed only the start of this part ("… view the full minutes text").' })
  @IsOptional()
  @IsBoolean()
  truncatedAtSource?: boolean;

  @Field(() => [DecisionEffectInput], {
    nullable: true,
    description: 'What it changes outside the meeting (up to 20); omitted or empty when it changes nothing, as when it only notes.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateOneOf(() => DecisionEffectInput, { each: true })
  effects?: DecisionEffectInput[];
}
