import type { FollowUpDue } from '@ledger/domain';
import type { FollowUpDueInput } from './follow-up-due.input';
import { chosenField } from './one-of';

export function toFollowUpDue(input: FollowUpDueInput): FollowUpDue {
  const chosen = chosenField(input);
  switch (chosen.field) {
    case 'nextMeeting':
      return { kind: 'next-meeting' };
    case 'aFutureMeeting':
      return { kind: 'a-future-meeting' };
    case 'meetingInMonth':
      return { kind: 'meeting-in-month', month: chosen.value };
    case 'byDate':
      return { kind: 'by-date', date: chosen.value };
  }
}
