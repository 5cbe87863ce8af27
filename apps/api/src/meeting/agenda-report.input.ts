import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsPositive, Max } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'The report published with an agenda item.' })
export class AgendaReportInput {
  @Field({ description: 'Its title as listed, e.g. "Health and Wellbeing Board".' })
  @IsText(500)
  title: string;

  @Field(() => Float, { nullable: true, description: 'Its size in kilobytes as listed, e.g. 448.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(10_000_000)
  sizeKb?: number;
}
