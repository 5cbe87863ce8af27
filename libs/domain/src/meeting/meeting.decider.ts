import type { Decider } from '../shared/decider';
import type { MeetingCommand } from './meeting.commands';
import { decideMeeting } from './meeting.decide';
import type { MeetingEvent } from './meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state';

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  decide: decideMeeting,
  evolve: evolveMeeting,
  initialState: initialMeetingState,
};
