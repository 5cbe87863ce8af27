import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Trimmed } from '../platform/graphql/validation/rules';
import { TextField } from '../platform/graphql/fields/string-fields';

@InputType({ description: 'The officer to contact about a meeting, as the agenda names them.' })
export class ContactOfficerInput {
  @TextField(300, { description: 'Their name, e.g. Euan Walters.' })
  name: string;

  @Field({ nullable: true, description: 'Their telephone number as printed, e.g. 0116 305 2583.' })
  @IsOptional()
  @Trimmed()
  @Matches(/^\+?[0-9][0-9 ()-]{4,30}$/, { message: 'telephone must be a telephone number such as 0116 305 2583' })
  telephone?: string;

  @Field({ nullable: true, description: 'Their email address.' })
  @IsOptional()
  @Trimmed()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}
