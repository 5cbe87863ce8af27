import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsPositive, Max } from 'class-validator';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'The report published with an agenda item.' })
export class AgendaReportInput {
  @TextField(500, { description: 'Its title as listed, e.g. "Health and Wellbeing Board".' })
  title: string;

  @Field(() => Float, { nullable: true, description: 'Its size in kilobytes as listed, e.g. 448.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(10_000_000)
  sizeKb?: number;

  @TextField(300, {
    nullable: true,
    description:
      'Who wrote it, as the minutes print them, e.g. "the Director of Public Health" or "Rik Basra, Community Safety Co-ordinator".',
  })
  author?: string;
}
