import { InputType } from '@nestjs/graphql';
import { AtTheMeetingInput } from './at-the-meeting.input';
import { PresenterInput } from './presenter.input';
import { NestedListField } from '../platform/graphql/fields/nested-fields';
import { ItemNumberField } from '../platform/graphql/fields/string-fields';

@InputType({
  description:
    'Record what the minutes say about who presented an item ("received a presentation from …") and which listed presenters were unable to attend. The agenda\'s listed presenter stays on the agenda item.',
})
export class RecordPresentersInput extends AtTheMeetingInput {
  @ItemNumberField({ description: 'The item presented.' })
  itemNumber: string;

  @NestedListField(() => PresenterInput, {
    maxItems: 20,
    description: 'Who presented, as the minutes name them (up to 20); may be empty when nobody presented.',
  })
  presentedBy: PresenterInput[];

  @NestedListField(() => PresenterInput, {
    maxItems: 20,
    description: 'Listed presenters the minutes record as unable to attend (up to 20).',
  })
  unableToAttend: PresenterInput[];
}
