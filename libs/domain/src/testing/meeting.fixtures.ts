import type { AgendaItem, ItemKind } from '../meeting/agenda-item';
import type { MeetingCommand } from '../meeting/meeting.commands';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { DeclarationOfInterest, MinuteCorrectionRequest, MinutePoint } from '../meeting/meeting-parts';
import type { ResolutionPart } from '../meeting/resolution';
import { NSCB } from './body.fixtures';

/** The invented board's meeting of Monday 10 December 2018, 1.00 pm, Kestrel Committee Room (GMT, so UTC). */
export const DEC_2018 = 'northshire-scb-2018-12-10';
export const STARTS_AT = '2018-12-10T13:00:00Z';
export const BEFORE_IT_STARTS = '2018-12-10T12:59:00Z';
export const DURING_IT = '2018-12-10T14:30:00Z';
export const DAYS_LATER = '2018-12-17T09:00:00Z';

export function item(number: string, title: string, kind: ItemKind, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { number, title, kind, ...extra };
}

/** The agenda of 10 December 2018: agenda numbers, with the running minute numbers the minutes print. */
export const dec2018Agenda = {
  introductions: item('1', 'Introductions', 'introductions', { minuteNumber: '29' }),
  minutes: item('2', 'Minutes of previous meeting', 'minutes-of-previous-meeting', {
    minuteNumber: '30',
    report: { title: 'Minutes', sizeKb: 232 },
  }),
  mattersArising: item('3', 'Matters arising', 'matters-arising', { minuteNumber: '31' }),
  declarations: item('4', 'Declarations of interest', 'declarations-of-interest', { minuteNumber: '32' }),
  healthAndWellbeing: item('5', 'Health and Wellbeing Board', 'report', {
    minuteNumber: '33',
    report: { title: 'Health and Wellbeing Board', sizeKb: 448 },
    presenter: { name: 'Mike Carraway', role: 'Director of Public Health, Northshire County Council' },
  }),
  performance: item('6', 'NSCB Performance Update - Quarter 2', 'report', { minuteNumber: '34' }),
  otherBusiness: item('11', 'Other business', 'other-business', { minuteNumber: '39' }),
  exclusion: item('12', 'Exclusion of the press and public', 'exclusion-of-press-and-public', { minuteNumber: '40' }),
  countyLines: item('13', 'Serious Organised Crime - County Lines', 'report', {
    minuteNumber: '41',
    presenter: { name: 'Supt. Shane O’Dowd', role: 'Northshire Police' },
  }),
  nextMeeting: item('14', 'Date of the next meeting', 'date-of-next-meeting', { minuteNumber: '42' }),
};

export const meetingEvent = {
  scheduled: (meetingId = DEC_2018, startsAt = STARTS_AT, bodyId = NSCB): MeetingEvent => ({
    type: 'MeetingScheduled',
    data: {
      meetingId,
      bodyId,
      startsAt,
      location: { kind: 'venue', venue: 'Kestrel Committee Room, Shire Hall, Northshire' },
      contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418', email: 'imogen.fairweather@northshire.example' },
    },
  }),
  itemAdded: (agendaItem: AgendaItem, meetingId = DEC_2018): MeetingEvent => ({
    type: 'AgendaItemAdded',
    data: { meetingId, item: agendaItem },
  }),
  itemWithdrawn: (itemNumber: string, reason = 'Presenter unavailable', meetingId = DEC_2018): MeetingEvent => ({
    type: 'AgendaItemWithdrawn',
    data: { meetingId, itemNumber, reason },
  }),
  cancelled: (reason = 'Not quorate', meetingId = DEC_2018): MeetingEvent => ({
    type: 'MeetingCancelled',
    data: { meetingId, reason },
  }),
  closed: (endedAt = '2018-12-10T15:00:00Z', meetingId = DEC_2018): MeetingEvent => ({
    type: 'MeetingClosed',
    data: { meetingId, endedAt },
  }),
  minuteRecorded: (
    itemNumber: string,
    points: MinutePoint[] = [],
    paragraphs = ['The Board considered a report.'],
    meetingId = DEC_2018,
  ): MeetingEvent => ({
    type: 'MinuteTextRecorded',
    data: { meetingId, itemNumber, paragraphs, points },
  }),
  resolutionPassed: (itemNumber: string, parts: ResolutionPart[], meetingId = DEC_2018, heldOn = '2018-12-10'): MeetingEvent => ({
    type: 'ResolutionPassed',
    data: { meetingId, bodyId: NSCB, heldOn, itemNumber, parts },
  }),
  declarationMade: (member: string, concerningItemNumber: string, itemNumber = '4'): MeetingEvent => ({
    type: 'DeclarationOfInterestMade',
    data: { meetingId: DEC_2018, itemNumber, member, concerningItemNumber, nature: 'personal' },
  }),
  noDeclarations: (itemNumber = '4'): MeetingEvent => ({
    type: 'NoDeclarationsOfInterestMade',
    data: { meetingId: DEC_2018, itemNumber },
  }),
  attendanceRecorded: (): MeetingEvent => ({
    type: 'AttendanceRecorded',
    data: { meetingId: DEC_2018, present: [{ name: 'Mr J. T. Farrowby JP CC' }], apologies: [], inAttendance: [] },
  }),
};

/** The scheduled meeting with its whole agenda, before anything happened at it. */
export function dec2018Scheduled(): MeetingEvent[] {
  return [meetingEvent.scheduled(), ...Object.values(dec2018Agenda).map((entry) => meetingEvent.itemAdded(entry))];
}

export const noted = (text = 'That the contents of the report be noted.', label?: string): ResolutionPart => ({
  ...(label !== undefined && { label }),
  kind: 'noted',
  text,
  effects: [],
});

export const meetingCommand = {
  schedule: (meetingId = DEC_2018, startsAt = STARTS_AT): MeetingCommand => ({
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      bodyId: NSCB,
      startsAt,
      location: { kind: 'venue', venue: 'Kestrel Committee Room, Shire Hall, Northshire' },
      contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418', email: 'imogen.fairweather@northshire.example' },
    },
  }),
  reschedule: (startsAt: string, reason = 'Clash with Cabinet'): MeetingCommand => ({
    type: 'RescheduleMeeting',
    data: { meetingId: DEC_2018, startsAt, reason },
  }),
  cancel: (reason = 'Not quorate'): MeetingCommand => ({ type: 'CancelMeeting', data: { meetingId: DEC_2018, reason } }),
  addItem: (agendaItem: AgendaItem): MeetingCommand => ({ type: 'AddAgendaItem', data: { meetingId: DEC_2018, item: agendaItem } }),
  withdrawItem: (itemNumber: string, reason = 'Presenter unavailable'): MeetingCommand => ({
    type: 'WithdrawAgendaItem',
    data: { meetingId: DEC_2018, itemNumber, reason },
  }),
  varyOrder: (order: string[], reason = 'To suit the presenter', recordedAt = DURING_IT): MeetingCommand => ({
    type: 'VaryOrderOfBusiness',
    data: { meetingId: DEC_2018, order, reason, recordedAt },
  }),
  recordAttendance: (present: string[], apologies: string[], recordedAt = DURING_IT): MeetingCommand => ({
    type: 'RecordAttendance',
    data: {
      meetingId: DEC_2018,
      present: present.map((name) => ({ name })),
      apologies: apologies.map((name) => ({ name })),
      recordedAt,
    },
  }),
  recordChair: (chair: string, fromItemNumber?: string, recordedAt = DURING_IT): MeetingCommand => ({
    type: 'RecordMeetingChair',
    data: { meetingId: DEC_2018, chair, ...(fromItemNumber !== undefined && { fromItemNumber }), recordedAt },
  }),
  declare: (declarations: DeclarationOfInterest[], itemNumber = '4', recordedAt = DURING_IT): MeetingCommand => ({
    type: 'RecordDeclarationsOfInterest',
    data: { meetingId: DEC_2018, itemNumber, declarations, recordedAt },
  }),
  exclude: (forItemNumbers: string[], paragraphs: number[], itemNumber = '12', recordedAt = DURING_IT): MeetingCommand => ({
    type: 'ExcludePressAndPublic',
    data: {
      meetingId: DEC_2018,
      itemNumber,
      forItemNumbers,
      legalBasis: 'Section 100A of the Local Government Act 1972',
      paragraphs,
      recordedAt,
    },
  }),
  recordMinute: (
    itemNumber: string,
    points: MinutePoint[],
    paragraphs = ['The Board considered a report.'],
    recordedAt = DAYS_LATER,
  ): MeetingCommand => ({
    type: 'RecordMinuteText',
    data: { meetingId: DEC_2018, itemNumber, paragraphs, points, recordedAt },
  }),
  passResolution: (itemNumber: string, parts: ResolutionPart[], recordedAt = DURING_IT, meetingId = DEC_2018): MeetingCommand => ({
    type: 'PassResolution',
    data: { meetingId, itemNumber, parts, recordedAt },
  }),
  confirmPrevious: (
    previousMeetingId: string,
    previousMeetingHeldOn: string,
    corrections: MinuteCorrectionRequest[] = [],
    itemNumber = '2',
    recordedAt = DURING_IT,
  ): MeetingCommand => ({
    type: 'ConfirmPreviousMinutes',
    data: { meetingId: DEC_2018, itemNumber, previousMeetingId, previousMeetingHeldOn, corrections, recordedAt },
  }),
  close: (endedAt = '2018-12-10T15:00:00Z', recordedAt = DAYS_LATER): MeetingCommand => ({
    type: 'CloseMeeting',
    data: { meetingId: DEC_2018, endedAt, recordedAt },
  }),
};
