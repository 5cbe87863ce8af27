import { InputType, PickType } from '@nestjs/graphql';
import { ConfirmingMeetingInput } from './confirming-meeting.input';
import { ConfirmPreviousMinutesInput } from './confirm-previous-minutes.input';
import { NestedField } from '../platform/graphql/fields/nested-fields';
import { IdField } from '../platform/graphql/fields/string-fields';

/** The corrections are those confirmPreviousMinutes recorded, carried to the meeting they correct: the same fields and rules. */
@InputType({
  description:
    'Record on a meeting that its minutes were confirmed by a later meeting, with any corrections. Normally sent by the ledger itself after confirmPreviousMinutes; exposed for repairs and imports.',
})
export class ConfirmMinutesInput extends PickType(ConfirmPreviousMinutesInput, ['corrections', 'attendanceCorrections']) {
  @IdField({ description: 'The meeting whose minutes were confirmed.' })
  meetingId: string;

  @NestedField(() => ConfirmingMeetingInput, { description: 'The later meeting that confirmed them.' })
  confirmedBy: ConfirmingMeetingInput;
}
