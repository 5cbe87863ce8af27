import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { IsItemNumber } from '../platform/graphql/validation/rules';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { PresenterInput } from './presenter.input';

@InputType({
  description:
    'Record what the minutes say about who presented an item ("received a presentation from …") and which listed presenters were unable to attend. The agenda\'s listed presenter stays on the agenda item.',
})
export class RecordPresentersInput extends AtTheMeetingInput {
  @Field({ description: 'The item presented.' })
  @IsItemNumber()
  itemNumber: string;

  @Field(() => [PresenterInput], { description: 'Who presented, as the minutes name them (up to 20); may be empty when nobody presented.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PresenterInput)
  presentedBy: PresenterInput[];

  @Field(() => [PresenterInput], { description: 'Listed presenters the minutes record as unable to attend (up to 20).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PresenterInput)
  unableToAttend: PresenterInput[];
}
