import { Field, InputType, Int } from '@nestjs/graphql';
import { IsSchedule12AParagraphs } from './schedule-12a-paragraphs.rule';

@InputType({ description: 'Why an item is exempt from publication (Local Government Act 1972, Schedule 12A).' })
export class ExemptInformationInput {
  @Field(() => [Int], { description: 'The Schedule 12A paragraphs cited, e.g. [3, 10]: 1 to 7 describe, 8 to 10 qualify.' })
  @IsSchedule12AParagraphs()
  paragraphs: number[];
}
