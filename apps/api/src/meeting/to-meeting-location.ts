import type { MeetingLocation } from '@ledger/domain';
import { chosenField } from '../shared/one-of';
import type { MeetingLocationInput } from './meeting-location.input';

export function toMeetingLocation(input: MeetingLocationInput): MeetingLocation {
  const chosen = chosenField(input);
  switch (chosen.field) {
    case 'venue':
      return { kind: 'venue', venue: chosen.value };
    case 'onlinePlatform':
      return { kind: 'online', platform: chosen.value };
  }
}
