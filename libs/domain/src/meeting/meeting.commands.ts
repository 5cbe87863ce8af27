import type { Message } from '../shared/message';
import type { IsoDate, IsoDateTime } from '../shared/values';
import type { AgendaItem } from './agenda-item';
import type {
  Attendee,
  ContactOfficer,
  DeclarationOfInterest,
  ExcludedBusiness,
  MeetingLocation,
  MinuteCorrectionRequest,
  MinutePoint,
  Presenter,
  TextOrigin,
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

/**
 * A meeting is scheduled for a start time, or only for a day when its time is not known (minutes
 * pages that print no header); its place and contact officer may be unknown too. Unknown is left
 * out, never filled with a guess.
 */
export type ScheduleMeeting = Message<
  'ScheduleMeeting',
  {
    meetingId: string;
    bodyId: string;
    startsAt?: IsoDateTime;
    heldOn?: IsoDate;
    location?: MeetingLocation;
    contactOfficer?: ContactOfficer;
  }
>;

export type RescheduleMeeting = Message<
  'RescheduleMeeting',
  { meetingId: string; startsAt: IsoDateTime; location?: MeetingLocation; reason: string }
>;

export type CancelMeeting = Message<'CancelMeeting', { meetingId: string; reason: string }>;

export type AddAgendaItem = Message<'AddAgendaItem', { meetingId: string; item: AgendaItem }>;

export type WithdrawAgendaItem = Message<'WithdrawAgendaItem', { meetingId: string; itemNumber: string; reason: string }>;

export type VaryOrderOfBusiness = Message<'VaryOrderOfBusiness', AtTheMeeting & { order: string[]; reason: string; itemNumber?: string }>;

export type RecordAttendance = Message<
  'RecordAttendance',
  AtTheMeeting & { present: Attendee[]; apologies: Attendee[]; inAttendance?: Attendee[] }
>;

/** `wording`: the minutes' own words that attest it ("Mr. I. D. Ould OBE CC in the Chair"), when imported. */
export type RecordMeetingChair = Message<
  'RecordMeetingChair',
  AtTheMeeting & { chair: string; fromItemNumber?: string; itemNumber?: string; wording?: string }
>;

/**
 * What the minutes say happened when an item was taken: who presented it, and which listed
 * presenters were unable to attend. The agenda's listed presenter stays on the agenda item.
 */
export type RecordPresenters = Message<
  'RecordPresenters',
  AtTheMeeting & { itemNumber: string; presentedBy: Presenter[]; unableToAttend: Presenter[] }
>;

/** An empty list records that no declarations were made. */
export type RecordDeclarationsOfInterest = Message<
  'RecordDeclarationsOfInterest',
  AtTheMeeting & { itemNumber: string; declarations: DeclarationOfInterest[] }
>;

export type ExcludePressAndPublic = Message<
  'ExcludePressAndPublic',
  AtTheMeeting & { itemNumber: string; forItemNumbers: string[]; legalBasis: string; paragraphs: number[] } & ExcludedBusiness
>;

export type RecordMinuteText = Message<
  'RecordMinuteText',
  AtTheMeeting & { itemNumber: string; paragraphs: string[]; points: MinutePoint[] } & TextOrigin
>;

export type PassResolution = Message<'PassResolution', AtTheMeeting & { itemNumber: string; parts: ResolutionPart[] } & TextOrigin>;

/** Sent to the confirming meeting, as its minutes record it ("the minutes of the meeting held on …"). */
export type ConfirmPreviousMinutes = Message<
  'ConfirmPreviousMinutes',
  AtTheMeeting & {
    itemNumber: string;
    previousMeetingId: string;
    previousMeetingHeldOn: IsoDate;
    corrections: MinuteCorrectionRequest[];
    /** Amendments of the earlier meeting's list of those present or sending apologies, in the minutes' words. */
    attendanceCorrections?: string[];
  }
>;

/** Sent to the earlier meeting (by the process manager) so the confirmation lands where the minutes are. */
export type ConfirmMinutes = Message<
  'ConfirmMinutes',
  {
    meetingId: string;
    confirmedBy: { meetingId: string; itemNumber: string; bodyId: string; heldOn: IsoDate };
    corrections: MinuteCorrectionRequest[];
    attendanceCorrections?: string[];
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
  | RecordPresenters
  | RecordDeclarationsOfInterest
  | ExcludePressAndPublic
  | RecordMinuteText
  | PassResolution
  | ConfirmPreviousMinutes
  | ConfirmMinutes
  | CloseMeeting;

export type MeetingCommandType = MeetingCommand['type'];
