import { Field, InputType } from '@nestjs/graphql';
import { IsLedgerId, IsText } from '../platform/graphql/validation/rules';

@InputType({ description: 'A clause of the terms of reference.' })
export class ClauseInput {
  @Field({ description: 'Its stable id, kept across versions so they can be compared clause by clause, e.g. "4.2".' })
  @IsLedgerId()
  id: string;

  @Field({ description: 'Its heading, e.g. "Membership".' })
  @IsText(500)
  heading: string;

  @Field({ description: 'Its text.' })
  @IsText(20000)
  text: string;
}
