import { unhandledEvent } from '../shared/message';
import type { ItemReference } from '../shared/references';
import { localDateOf, type IsoDate, type IsoDateTime } from '../shared/values';
import type { AgendaItem } from './agenda-item';
import type { MeetingEvent } from './meeting.events';
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

export interface AgendaEntry extends AgendaItem {
  readonly withdrawn?: { readonly reason: string };
}

export interface MinuteText extends TextOrigin {
  readonly paragraphs: readonly string[];
  readonly points: readonly MinutePoint[];
}

export interface ItemPresenters {
  readonly presentedBy: readonly Presenter[];
  readonly unableToAttend: readonly Presenter[];
}

export interface MeetingChair {
  readonly chair: string;
  readonly fromItemNumber?: string;
  /** The item whose minute attests it, and the minutes' words. */
  readonly itemNumber?: string;
  readonly wording?: string;
}

export interface Exclusion extends ExcludedBusiness {
  readonly itemNumber: string;
  readonly forItemNumbers: readonly string[];
  readonly legalBasis: string;
  readonly paragraphs: readonly number[];
}

export interface RecordedDeclaration extends DeclarationOfInterest {
  readonly itemNumber: string;
}

export interface Correction {
  readonly itemNumber: string;
  readonly point?: string;
  readonly paragraph?: number;
  readonly correctedText: string;
  readonly replacedText?: string;
  readonly source: ItemReference;
  readonly correctedOn: IsoDate;
}

export interface AttendanceCorrection {
  readonly correctedText: string;
  readonly source: ItemReference;
  readonly correctedOn: IsoDate;
}

export interface ConfirmationGiven {
  readonly itemNumber: string;
  readonly previousMeetingId: string;
  readonly previousMeetingHeldOn: IsoDate;
  readonly corrections: readonly MinuteCorrectionRequest[];
  readonly attendanceCorrections?: readonly string[];
}

export interface ScheduledMeeting {
  readonly status: 'scheduled' | 'cancelled';
  readonly meetingId: string;
  readonly bodyId: string;
  /** Absent when only the day is known. */
  readonly startsAt?: IsoDateTime;
  readonly heldOn: IsoDate;
  readonly location?: MeetingLocation;
  readonly contactOfficer?: ContactOfficer;
  readonly cancellation?: { readonly reason: string };
  readonly endedAt?: IsoDateTime;
  /** In agenda order; withdrawn items keep their number. */
  readonly items: readonly AgendaEntry[];
  readonly orderOfBusiness?: { readonly order: readonly string[]; readonly reason: string };
  readonly attendance?: Attendance;
  readonly chairs: readonly MeetingChair[];
  /** By item number: what the minutes say about who presented. */
  readonly presenters: Readonly<Record<string, ItemPresenters>>;
  readonly declarations: readonly RecordedDeclaration[];
  readonly noDeclarationsMade: boolean;
  /** The item whose minute says no declarations were made. */
  readonly noDeclarationsMadeAt?: string;
  readonly exclusions: readonly Exclusion[];
  readonly minutes: Readonly<Record<string, MinuteText>>;
  readonly resolutions: Readonly<Record<string, readonly ResolutionPart[]>>;
  /** Items whose resolution text the source printed publicly. */
  readonly resolutionsPublishedAtSource?: readonly string[];
  /** Earlier meetings whose minutes this meeting confirmed. */
  readonly confirmationsGiven: readonly ConfirmationGiven[];
  /** Whether a later meeting has confirmed this meeting's minutes. */
  readonly minutesConfirmedBy?: ItemReference;
  readonly corrections: readonly Correction[];
  /** Amendments of the record of who attended; absent in states from before they were recorded. */
  readonly attendanceCorrections?: readonly AttendanceCorrection[];
}

export type MeetingState = { readonly status: 'not-scheduled' } | ScheduledMeeting;

export const initialMeetingState: MeetingState = { status: 'not-scheduled' };

/** The day of the meeting (states folded before days were kept on their own carry only the start). */
export function heldOn(meeting: ScheduledMeeting): IsoDate {
  return meeting.heldOn ?? localDateOf(meeting.startsAt!);
}

export function agendaItem(meeting: ScheduledMeeting, itemNumber: string): AgendaEntry | undefined {
  return meeting.items.find((item) => item.number === itemNumber);
}

/**
 * Whether the public may not read an item's minute or resolution: what is recorded of an exempt
 * item is confidential, unless its source had already published it (a public minutes page).
 */
export function isConfidentialText(meeting: ScheduledMeeting, itemNumber: string, text: 'minute' | 'resolution'): boolean {
  if (!agendaItem(meeting, itemNumber)?.exempt) return false;
  return text === 'minute'
    ? meeting.minutes[itemNumber]?.publishedAtSource !== true
    : !(meeting.resolutionsPublishedAtSource ?? []).includes(itemNumber);
}

/** Whether anything recorded of an item is confidential: what its business raised (follow-ups, actions) is too. */
export function isConfidentialBusiness(meeting: ScheduledMeeting, itemNumber: string): boolean {
  return isConfidentialText(meeting, itemNumber, 'minute') || isConfidentialText(meeting, itemNumber, 'resolution');
}

export function liveItems(meeting: ScheduledMeeting): AgendaEntry[] {
  return meeting.items.filter((item) => !item.withdrawn);
}

/** Anything recorded as having happened at the meeting, which fixes its date and place for good. */
export function hasBusinessRecorded(meeting: ScheduledMeeting): boolean {
  return (
    meeting.attendance !== undefined ||
    meeting.orderOfBusiness !== undefined ||
    meeting.chairs.length > 0 ||
    Object.keys(meeting.presenters ?? {}).length > 0 ||
    meeting.declarations.length > 0 ||
    meeting.noDeclarationsMade ||
    meeting.exclusions.length > 0 ||
    Object.keys(meeting.minutes).length > 0 ||
    Object.keys(meeting.resolutions).length > 0 ||
    meeting.confirmationsGiven.length > 0 ||
    meeting.endedAt !== undefined
  );
}

function withItem(meeting: ScheduledMeeting, itemNumber: string, change: (item: AgendaEntry) => AgendaEntry): ScheduledMeeting {
  return { ...meeting, items: meeting.items.map((item) => (item.number === itemNumber ? change(item) : item)) };
}

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    if (state.status !== 'not-scheduled') return state;
    const { meetingId, bodyId, startsAt, location, contactOfficer } = event.data;
    return {
      status: 'scheduled',
      meetingId,
      bodyId,
      ...(startsAt !== undefined && { startsAt }),
      heldOn: startsAt !== undefined ? localDateOf(startsAt) : event.data.heldOn!,
      ...(location !== undefined && { location }),
      ...(contactOfficer !== undefined && { contactOfficer }),
      items: [],
      chairs: [],
      presenters: {},
      declarations: [],
      noDeclarationsMade: false,
      exclusions: [],
      minutes: {},
      resolutions: {},
      confirmationsGiven: [],
      corrections: [],
    };
  }
  if (state.status === 'not-scheduled') return state;
  const meeting = state;

  switch (event.type) {
    case 'MeetingRescheduled':
      return {
        ...meeting,
        startsAt: event.data.startsAt,
        heldOn: localDateOf(event.data.startsAt),
        ...(event.data.location !== undefined && { location: event.data.location }),
      };
    case 'MeetingCancelled':
      return { ...meeting, status: 'cancelled', cancellation: { reason: event.data.reason } };
    case 'AgendaItemAdded':
      if (agendaItem(meeting, event.data.item.number)) return meeting;
      return { ...meeting, items: [...meeting.items, event.data.item] };
    case 'AgendaItemWithdrawn':
      return withItem(meeting, event.data.itemNumber, (item) => ({ ...item, withdrawn: { reason: event.data.reason } }));
    case 'OrderOfBusinessVaried':
      return { ...meeting, orderOfBusiness: { order: event.data.order, reason: event.data.reason } };
    case 'AttendanceRecorded': {
      const { present, apologies, inAttendance } = event.data;
      return { ...meeting, attendance: { present, apologies, inAttendance } };
    }
    case 'MeetingChairTaken': {
      const { meetingId: _meetingId, ...chair } = event.data;
      return { ...meeting, chairs: [...meeting.chairs, chair] };
    }
    case 'PresentersRecorded': {
      const { itemNumber, presentedBy, unableToAttend } = event.data;
      if ((meeting.presenters ?? {})[itemNumber]) return meeting;
      return { ...meeting, presenters: { ...meeting.presenters, [itemNumber]: { presentedBy, unableToAttend } } };
    }
    case 'DeclarationOfInterestMade': {
      const { meetingId: _meetingId, ...declaration } = event.data;
      return { ...meeting, declarations: [...meeting.declarations, declaration] };
    }
    case 'NoDeclarationsOfInterestMade':
      return { ...meeting, noDeclarationsMade: true, noDeclarationsMadeAt: event.data.itemNumber };
    case 'PressAndPublicExcluded': {
      const { meetingId: _meetingId, ...exclusion } = event.data;
      const exemptItems = new Set(exclusion.forItemNumbers);
      const items = meeting.items.map((item) =>
        exemptItems.has(item.number) && !item.exempt ? { ...item, exempt: { paragraphs: exclusion.paragraphs } } : item,
      );
      return { ...meeting, items, exclusions: [...meeting.exclusions, exclusion] };
    }
    case 'MinuteTextRecorded': {
      const { meetingId: _meetingId, itemNumber, ...minute } = event.data;
      if (meeting.minutes[itemNumber]) return meeting;
      return { ...meeting, minutes: { ...meeting.minutes, [itemNumber]: minute } };
    }
    case 'ResolutionPassed': {
      const { itemNumber, parts, publishedAtSource } = event.data;
      if (meeting.resolutions[itemNumber]) return meeting;
      return {
        ...meeting,
        resolutions: { ...meeting.resolutions, [itemNumber]: parts },
        ...(publishedAtSource && { resolutionsPublishedAtSource: [...(meeting.resolutionsPublishedAtSource ?? []), itemNumber] }),
      };
    }
    case 'PreviousMinutesConfirmed': {
      const { itemNumber, previousMeetingId, previousMeetingHeldOn, corrections, attendanceCorrections } = event.data;
      const given: ConfirmationGiven = {
        itemNumber,
        previousMeetingId,
        previousMeetingHeldOn,
        corrections,
        ...(attendanceCorrections?.length && { attendanceCorrections }),
      };
      return { ...meeting, confirmationsGiven: [...meeting.confirmationsGiven, given] };
    }
    case 'MinutesConfirmed':
      if (meeting.minutesConfirmedBy) return meeting;
      return { ...meeting, minutesConfirmedBy: event.data.confirmedBy };
    case 'MinuteCorrected': {
      const { itemNumber, point, paragraph, correctedText, replacedText, source, correctedOn } = event.data;
      const correction: Correction = {
        itemNumber,
        ...(point !== undefined && { point }),
        ...(paragraph !== undefined && { paragraph }),
        correctedText,
        ...(replacedText !== undefined && { replacedText }),
        source,
        correctedOn,
      };
      return { ...meeting, corrections: [...meeting.corrections, correction] };
    }
    case 'AttendanceCorrected': {
      const { correctedText, source, correctedOn } = event.data;
      return { ...meeting, attendanceCorrections: [...(meeting.attendanceCorrections ?? []), { correctedText, source, correctedOn }] };
    }
    case 'MeetingClosed':
      if (meeting.endedAt !== undefined) return meeting;
      return { ...meeting, endedAt: event.data.endedAt };
    default:
      return unhandledEvent(event, meeting);
  }
}
