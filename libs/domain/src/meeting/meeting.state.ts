import { unhandledEvent } from '../shared/message';
import type { ItemReference } from '../shared/references';
import { localDateOf, type IsoDate, type IsoDateTime } from '../shared/values';
import type { AgendaItem } from './agenda-item';
import type { MeetingEvent } from './meeting.events';
import type {
  Attendance,
  ContactOfficer,
  DeclarationOfInterest,
  MeetingLocation,
  MinuteCorrectionRequest,
  MinutePoint,
} from './meeting-parts';
import type { ResolutionPart } from './resolution';

export interface AgendaEntry extends AgendaItem {
  readonly withdrawn?: { readonly reason: string };
}

export interface MinuteText {
  readonly paragraphs: readonly string[];
  readonly points: readonly MinutePoint[];
}

export interface Exclusion {
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
  readonly correctedText: string;
  readonly source: ItemReference;
  readonly correctedOn: IsoDate;
}

export interface ConfirmationGiven {
  readonly itemNumber: string;
  readonly previousMeetingId: string;
  readonly previousMeetingHeldOn: IsoDate;
  readonly corrections: readonly MinuteCorrectionRequest[];
}

export interface ScheduledMeeting {
  readonly status: 'scheduled' | 'cancelled';
  readonly meetingId: string;
  readonly bodyId: string;
  readonly startsAt: IsoDateTime;
  readonly location: MeetingLocation;
  readonly contactOfficer: ContactOfficer;
  readonly cancellation?: { readonly reason: string };
  readonly endedAt?: IsoDateTime;
  /** In agenda order; withdrawn items keep their number. */
  readonly items: readonly AgendaEntry[];
  readonly orderOfBusiness?: { readonly order: readonly string[]; readonly reason: string };
  readonly attendance?: Attendance;
  readonly chairs: readonly { readonly chair: string; readonly fromItemNumber?: string }[];
  readonly declarations: readonly RecordedDeclaration[];
  readonly noDeclarationsMade: boolean;
  readonly exclusions: readonly Exclusion[];
  readonly minutes: Readonly<Record<string, MinuteText>>;
  readonly resolutions: Readonly<Record<string, readonly ResolutionPart[]>>;
  /** Earlier meetings whose minutes this meeting confirmed. */
  readonly confirmationsGiven: readonly ConfirmationGiven[];
  /** Whether a later meeting has confirmed this meeting's minutes. */
  readonly minutesConfirmedBy?: ItemReference;
  readonly corrections: readonly Correction[];
}

export type MeetingState = { readonly status: 'not-scheduled' } | ScheduledMeeting;

export const initialMeetingState: MeetingState = { status: 'not-scheduled' };

export function heldOn(meeting: ScheduledMeeting): IsoDate {
  return localDateOf(meeting.startsAt);
}

export function agendaItem(meeting: ScheduledMeeting, itemNumber: string): AgendaEntry | undefined {
  return meeting.items.find((item) => item.number === itemNumber);
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
      startsAt,
      location,
      contactOfficer,
      items: [],
      chairs: [],
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
      return { ...meeting, startsAt: event.data.startsAt, location: event.data.location };
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
      const { chair, fromItemNumber } = event.data;
      return { ...meeting, chairs: [...meeting.chairs, { chair, ...(fromItemNumber !== undefined && { fromItemNumber }) }] };
    }
    case 'DeclarationOfInterestMade': {
      const { meetingId: _meetingId, ...declaration } = event.data;
      return { ...meeting, declarations: [...meeting.declarations, declaration] };
    }
    case 'NoDeclarationsOfInterestMade':
      return { ...meeting, noDeclarationsMade: true };
    case 'PressAndPublicExcluded': {
      const { meetingId: _meetingId, ...exclusion } = event.data;
      const exemptItems = new Set(exclusion.forItemNumbers);
      const items = meeting.items.map((item) =>
        exemptItems.has(item.number) && !item.exempt ? { ...item, exempt: { paragraphs: exclusion.paragraphs } } : item,
      );
      return { ...meeting, items, exclusions: [...meeting.exclusions, exclusion] };
    }
    case 'MinuteTextRecorded': {
      const { itemNumber, paragraphs, points } = event.data;
      if (meeting.minutes[itemNumber]) return meeting;
      return { ...meeting, minutes: { ...meeting.minutes, [itemNumber]: { paragraphs, points } } };
    }
    case 'ResolutionPassed': {
      const { itemNumber, parts } = event.data;
      if (meeting.resolutions[itemNumber]) return meeting;
      return { ...meeting, resolutions: { ...meeting.resolutions, [itemNumber]: parts } };
    }
    case 'PreviousMinutesConfirmed': {
      const { itemNumber, previousMeetingId, previousMeetingHeldOn, corrections } = event.data;
      return {
        ...meeting,
        confirmationsGiven: [...meeting.confirmationsGiven, { itemNumber, previousMeetingId, previousMeetingHeldOn, corrections }],
      };
    }
    case 'MinutesConfirmed':
      if (meeting.minutesConfirmedBy) return meeting;
      return { ...meeting, minutesConfirmedBy: event.data.confirmedBy };
    case 'MinuteCorrected': {
      const { itemNumber, point, correctedText, source, correctedOn } = event.data;
      const correction: Correction = { itemNumber, ...(point !== undefined && { point }), correctedText, source, correctedOn };
      return { ...meeting, corrections: [...meeting.corrections, correction] };
    }
    case 'MeetingClosed':
      if (meeting.endedAt !== undefined) return meeting;
      return { ...meeting, endedAt: event.data.endedAt };
    default:
      return unhandledEvent(event, meeting);
  }
}
