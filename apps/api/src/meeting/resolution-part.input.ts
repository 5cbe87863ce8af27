import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import type { DecisionKind } from '@ledger/domain';
import { PART_LABEL, PART_LABEL_MESSAGE, Trimmed } from '../platform/graphql/validation/rules';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { DecisionEffectInput } from './effects/decision-effect.input';
import { EnumField } from '../platform/graphql/fields/enum-field';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { TextField } from '../platform/graphql/fields/string-fields';

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

  @EnumField(DecisionKindEnum, { description: 'What the part decided, e.g. NOTED, APPROVED, DEFERRED.' })
  kind: DecisionKind;

  @TextField(20000, { description: 'Its text as minuted, e.g. "That the contents of the report be noted."' })
  text: string;

  @Field({ nullable: true, description: 'True when the source printed only the start of this part ("… view the full minutes text").' })
  @IsOptional()
  @IsBoolean()
  truncatedAtSource?: boolean;

  @NestedListField(() => DecisionEffectInput, {
    nullable: true,
    maxItems: 20,
    oneOf: true,
    description: 'What it changes outside the meeting (up to 20); omitted or empty when it changes nothing, as when it only notes.',
  })
  effects?: DecisionEffectInput[];
}
