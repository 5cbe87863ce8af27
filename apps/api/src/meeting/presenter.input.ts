import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'Who presents an agenda item.' })
export class PresenterInput {
  @Field({ description: 'Their name, e.g. Mike Sandys.' })
  @IsText(300)
  name: string;

  @Field({ nullable: true, description: 'Their role, e.g. Director of Public Health, Leicestershire County Council.' })
  @IsOptional()
  @IsText(300)
  role?: string;
}
