import type { Message } from '../shared/message';
import type { IsoDate, IsoDateTime } from '../shared/values';
import type { AgendaItem } from './agenda-item';
import type {
  Attendee,
  ContactOfficer,
  DeclarationOfInterest,
  MeetingLocation,
  MinuteCorrectionRequest,
  MinutePoint,
} from './meeting-parts';
import type { ResolutionPart } from './resolution';

/**
 * Commands about what happened at a meeting carry `recordedAt`, the command's "now", so the
 * decider can refuse to record business of a meeting that has not yet started.
 */
interface AtTheMeeting {
  meetingId: string;
  recordedAt: IsoDateTime;
}

export type ScheduleMeeting = Message<
  'ScheduleMeeting',
  { meetingId: string; bodyId: string; startsAt: IsoDateTime; location: MeetingLocation; contactOfficer: ContactOfficer }
>;

export type RescheduleMeeting = Message<
  'RescheduleMeeting',
  { meetingId: string; startsAt: IsoDateTime; location?: MeetingLocation; reason: string }
>;

export type CancelMeeting = Message<'CancelMeeting', { meetingId: string; reason: string }>;

export type AddAgendaItem = Message<'AddAgendaItem', { meetingId: string; item: AgendaItem }>;

export type WithdrawAgendaItem = Message<'WithdrawAgendaItem', { meetingId: string; itemNumber: string; reason: string }>;

export type VaryOrderOfBusiness = Message<
  'VaryOrderOfBusiness',
  AtTheMeeting & { order: string[]; reason: string; itemNumber?: string }
>;

export type RecordAttendance = Message<
  'RecordAttendance',
  AtTheMeeting & { present: Attendee[]; apologies: Attendee[]; inAttendance?: Attendee[] }
>;

export type RecordMeetingChair = Message<'RecordMeetingChair', AtTheMeeting & { chair: string; fromItemNumber?: string }>;

/** An empty list records that no declarations were made. */
export type RecordDeclarationsOfInterest = Message<
  'RecordDeclarationsOfInterest',
  AtTheMeeting & { itemNumber: string; declarations: DeclarationOfInterest[] }
>;

export type ExcludePressAndPublic = Message<
  'ExcludePressAndPublic',
  AtTheMeeting & { itemNumber: string; forItemNumbers: string[]; legalBasis: string; paragraphs: number[] }
>;

export type RecordMinuteText = Message<
  'RecordMinuteText',
  AtTheMeeting & { itemNumber: string; paragraphs: string[]; points: MinutePoint[] }
>;

export type PassResolution = Message<'PassResolution', AtTheMeeting & { itemNumber: string; parts: ResolutionPart[] }>;

/** Sent to the confirming meeting, as its minutes record it ("the minutes of the meeting held on …"). */
export type ConfirmPreviousMinutes = Message<
  'ConfirmPreviousMinutes',
  AtTheMeeting & {
    itemNumber: string;
    previousMeetingId: string;
    previousMeetingHeldOn: IsoDate;
    corrections: MinuteCorrectionRequest[];
  }
>;

/** Sent to the earlier meeting (by the process manager) so the confirmation lands where the minutes are. */
export type ConfirmMinutes = Message<
  'ConfirmMinutes',
  {
    meetingId: string;
    confirmedBy: { meetingId: string; itemNumber: string; bodyId: string; heldOn: IsoDate };
    corrections: MinuteCorrectionRequest[];
  }
>;

export type CloseMeeting = Message<'CloseMeeting', AtTheMeeting & { endedAt: IsoDateTime }>;

export type MeetingCommand =
  | ScheduleMeeting
  | RescheduleMeeting
  | CancelMeeting
  | AddAgendaItem
  | WithdrawAgendaItem
  | VaryOrderOfBusiness
  | RecordAttendance
  | RecordMeetingChair
  | RecordDeclarationsOfInterest
  | ExcludePressAndPublic
  | RecordMinuteText
  | PassResolution
  | ConfirmPreviousMinutes
  | ConfirmMinutes
  | CloseMeeting;

export type MeetingCommandType = MeetingCommand['type'];
