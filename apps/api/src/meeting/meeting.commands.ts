import { commandEntry } from '../commands/command-entry';
import { AddAgendaItemInput } from './add-agenda-item.input';
import { CancelMeetingInput } from './cancel-meeting.input';
import { CloseMeetingInput } from './close-meeting.input';
import { ConfirmMinutesInput } from './confirm-minutes.input';
import { ConfirmPreviousMinutesInput } from './confirm-previous-minutes.input';
import { ExcludePressAndPublicInput } from './exclude-press-and-public.input';
import { PassResolutionInput } from './pass-resolution.input';
import { RecordAttendanceInput } from './record-attendance.input';
import { RecordDeclarationsOfInterestInput } from './record-declarations-of-interest.input';
import { RecordMeetingChairInput } from './record-meeting-chair.input';
import { RecordPresentersInput } from './record-presenters.input';
import { RecordMinuteTextInput } from './record-minute-text.input';
import { RescheduleMeetingInput } from './reschedule-meeting.input';
import { ScheduleMeetingInput } from './schedule-meeting.input';
import { VaryOrderOfBusinessInput } from './vary-order-of-business.input';
import { WithdrawAgendaItemInput } from './withdraw-agenda-item.input';
import { toMeetingLocation } from './to-meeting-location';
import { toResolutionPart } from './to-resolution-part';

/** The commands of a meeting, written to the stream meeting-<meetingId>. Each is a mutation named after it. */
export const MEETING_COMMANDS = [
  commandEntry({
    type: 'ScheduleMeeting',
    input: ScheduleMeetingInput,
    description: 'Schedule a meeting of a body; this starts the record of the meeting.',
    toData: ({ location, ...meeting }) => ({
      ...meeting,
      ...(location && { location: toMeetingLocation(location) }),
    }),
  }),
  commandEntry({
    type: 'RescheduleMeeting',
    input: RescheduleMeetingInput,
    description: 'Move a meeting not yet held to another time or place.',
    toData: ({ location, ...rescheduling }) => ({
      ...rescheduling,
      ...(location && { location: toMeetingLocation(location) }),
    }),
  }),
  commandEntry({ type: 'CancelMeeting', input: CancelMeetingInput, description: 'Cancel a meeting not yet held.' }),
  commandEntry({
    type: 'AddAgendaItem',
    input: AddAgendaItemInput,
    description: 'Add an item to the agenda of a meeting that has not closed.',
  }),
  commandEntry({
    type: 'WithdrawAgendaItem',
    input: WithdrawAgendaItemInput,
    description: 'Withdraw an agenda item on which no business has been recorded.',
  }),
  commandEntry({
    type: 'VaryOrderOfBusiness',
    input: VaryOrderOfBusinessInput,
    description: 'Record that the order of business was varied at the meeting.',
  }),
  commandEntry({
    type: 'RecordAttendance',
    input: RecordAttendanceInput,
    description: 'Record who was present, who sent apologies and who else attended.',
  }),
  commandEntry({ type: 'RecordMeetingChair', input: RecordMeetingChairInput, description: 'Record who chaired the meeting.' }),
  commandEntry({
    type: 'RecordPresenters',
    input: RecordPresentersInput,
    description: 'Record who presented an item, as the minutes say, and who was unable to attend.',
  }),
  commandEntry({
    type: 'RecordDeclarationsOfInterest',
    input: RecordDeclarationsOfInterestInput,
    description: 'Record the declarations of interest made, or that none were made.',
  }),
  commandEntry({
    type: 'ExcludePressAndPublic',
    input: ExcludePressAndPublicInput,
    description: 'Record that the press and public were excluded for exempt business (Schedule 12A).',
  }),
  commandEntry({
    type: 'RecordMinuteText',
    input: RecordMinuteTextInput,
    description: 'Record the minute of an item: its discussion and numbered points.',
  }),
  commandEntry({
    type: 'PassResolution',
    input: PassResolutionInput,
    description: 'Record the resolution of an item, part by part, with what each part changes outside the meeting.',
    toData: (resolution) => ({
      ...resolution,
      parts: resolution.parts.map(toResolutionPart),
    }),
  }),
  commandEntry({
    type: 'ConfirmPreviousMinutes',
    input: ConfirmPreviousMinutesInput,
    description: 'Record that this meeting confirmed the minutes of an earlier one, possibly subject to corrections.',
  }),
  commandEntry({
    type: 'ConfirmMinutes',
    input: ConfirmMinutesInput,
    description:
      'Record on a meeting that a later meeting confirmed its minutes (normally done by the ledger itself after confirmPreviousMinutes).',
  }),
  commandEntry({ type: 'CloseMeeting', input: CloseMeetingInput, description: 'Record when the meeting closed.' }),
] as const;
