import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { DECISION_KINDS, type DecisionKind } from '@ledger/domain';
import { IsText, PART_LABEL, PART_LABEL_MESSAGE, Trimmed } from '../platform/graphql/validation/rules';
import { ValidateOneOf } from '../shared/one-of';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { DecisionEffectInput } from './effects/decision-effect.input';

@InputType({ description: 'A part of a resolution: "(b) That Rutland County Council be admitted …".' })
export class ResolutionPartInput {
  @Field({
    nullable: true,
    description:
      'Its label without brackets, as printed and in sequence: a, b, c …, i, ii, iii … or 1, 2, 3 …; omitted only for a resolution of one unlabelled part.',
  })
  @IsOptional()
  @Trimmed()
  @Matches(PART_LABEL, { message: PART_LABEL_MESSAGE('label') })
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
