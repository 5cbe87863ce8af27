import type { Message } from '../shared/message';
import type { ItemReference } from '../shared/references';
import type { IsoDate, IsoDateTime } from '../shared/values';
import type { AgendaItem } from './agenda-item';
import type {
  Attendance,
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

/** `startsAt` when the time is known, else `heldOn` (the day); location and contact only when known. */
export type MeetingScheduled = Message<
  'MeetingScheduled',
  {
    meetingId: string;
    bodyId: string;
    startsAt?: IsoDateTime;
    heldOn?: IsoDate;
    location?: MeetingLocation;
    contactOfficer?: ContactOfficer;
  }
>;

export type MeetingRescheduled = Message<
  'MeetingRescheduled',
  { meetingId: string; startsAt: IsoDateTime; location?: MeetingLocation; reason: string }
>;

export type MeetingCancelled = Message<'MeetingCancelled', { meetingId: string; reason: string }>;

export type AgendaItemAdded = Message<'AgendaItemAdded', { meetingId: string; item: AgendaItem }>;

export type AgendaItemWithdrawn = Message<'AgendaItemWithdrawn', { meetingId: string; itemNumber: string; reason: string }>;

export type OrderOfBusinessVaried = Message<
  'OrderOfBusinessVaried',
  { meetingId: string; order: string[]; reason: string; itemNumber?: string }
>;

export type AttendanceRecorded = Message<'AttendanceRecorded', { meetingId: string } & Attendance>;

/** "Mr I. D. Ould OBE CC in the Chair": who chaired, from which item (after an election at the meeting). */
export type MeetingChairTaken = Message<
  'MeetingChairTaken',
  { meetingId: string; chair: string; fromItemNumber?: string; itemNumber?: string; wording?: string }
>;

/** The minutes' account of who presented an item, and who was listed but unable to attend. */
export type PresentersRecorded = Message<
  'PresentersRecorded',
  { meetingId: string; itemNumber: string; presentedBy: Presenter[]; unableToAttend: Presenter[] }
>;

export type DeclarationOfInterestMade = Message<
  'DeclarationOfInterestMade',
  { meetingId: string; itemNumber: string } & DeclarationOfInterest
>;

export type NoDeclarationsOfInterestMade = Message<'NoDeclarationsOfInterestMade', { meetingId: string; itemNumber: string }>;

export type PressAndPublicExcluded = Message<
  'PressAndPublicExcluded',
  { meetingId: string; itemNumber: string; forItemNumbers: string[]; legalBasis: string; paragraphs: number[] } & ExcludedBusiness
>;

export type MinuteTextRecorded = Message<
  'MinuteTextRecorded',
  { meetingId: string; itemNumber: string; paragraphs: string[]; points: MinutePoint[] } & TextOrigin
>;

/** Carries the body and the day of the meeting so the process manager can act on it alone. */
export type ResolutionPassed = Message<
  'ResolutionPassed',
  { meetingId: string; bodyId: string; heldOn: IsoDate; itemNumber: string; parts: ResolutionPart[]; publishedAtSource?: boolean }
>;

/** On the confirming meeting: under this item it confirmed an earlier meeting's minutes. */
export type PreviousMinutesConfirmed = Message<
  'PreviousMinutesConfirmed',
  {
    meetingId: string;
    bodyId: string;
    heldOn: IsoDate;
    itemNumber: string;
    previousMeetingId: string;
    previousMeetingHeldOn: IsoDate;
    corrections: MinuteCorrectionRequest[];
    attendanceCorrections?: string[];
  }
>;

/** On the earlier meeting: its minutes became a correct record, by the decision of a later meeting. */
export type MinutesConfirmed = Message<
  'MinutesConfirmed',
  { meetingId: string; confirmedBy: ItemReference; confirmedOn: IsoDate; subjectToCorrections: boolean }
>;

/** On the earlier meeting: a new fact beside the original minute, which is never overwritten. */
export type MinuteCorrected = Message<
  'MinuteCorrected',
  {
    meetingId: string;
    itemNumber: string;
    point?: string;
    paragraph?: number;
    correctedText: string;
    replacedText?: string;
    source: ItemReference;
    correctedOn: IsoDate;
  }
>;

/** On the earlier meeting: its record of who attended was amended, in the later meeting's words, beside the original. */
export type AttendanceCorrected = Message<
  'AttendanceCorrected',
  { meetingId: string; correctedText: string; source: ItemReference; correctedOn: IsoDate }
>;

export type MeetingClosed = Message<'MeetingClosed', { meetingId: string; endedAt: IsoDateTime }>;

export type MeetingEvent =
  | MeetingScheduled
  | MeetingRescheduled
  | MeetingCancelled
  | AgendaItemAdded
  | AgendaItemWithdrawn
  | OrderOfBusinessVaried
  | AttendanceRecorded
  | MeetingChairTaken
  | PresentersRecorded
  | DeclarationOfInterestMade
  | NoDeclarationsOfInterestMade
  | PressAndPublicExcluded
  | MinuteTextRecorded
  | ResolutionPassed
  | PreviousMinutesConfirmed
  | MinutesConfirmed
  | MinuteCorrected
  | AttendanceCorrected
  | MeetingClosed;

export type MeetingEventType = MeetingEvent['type'];
