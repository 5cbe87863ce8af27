/**
 * Edges of the meeting's and the body's rules that the stories do not reach, for an invented board:
 * what changes a meeting's arrangements, which numbers clash on an agenda, what a declaration may be
 * about, when business is in time, and which paragraphs of Schedule 12A make business exempt.
 */
import type { BodyEvent } from '../body/body.events';
import { bodyDecider } from '../body/body.decider';
import { followUpDecider } from '../follow-up/follow-up.decider';
import { specify } from '../testing/given-when-then';
import type { AgendaItem } from './agenda-item';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';
import { validateSchedule12AParagraphs } from './schedule-12a';

const BOARD = 'edge-board';
const MEETING = 'edge-board-2031-05-13';
const STARTS = '2031-05-13T18:00:00+01:00';
const DURING = '2031-05-13T19:00:00+01:00';
const HALL = { kind: 'venue', venue: 'Council Chamber, Edge Hall' } as const;
const decision = { meetingId: 'edge-board-2031-04-08', itemNumber: '5' };

const meetings = specify(meetingDecider);
const scheduled: MeetingEvent = { type: 'MeetingScheduled', data: { meetingId: MEETING, bodyId: BOARD, startsAt: STARTS, location: HALL } };
const item = (number: string, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({ number, title, kind: 'report', ...extra });
const added = (agendaItem: AgendaItem): MeetingEvent => ({ type: 'AgendaItemAdded', data: { meetingId: MEETING, item: agendaItem } });
const withAgenda = [
  scheduled,
  added(item('1', 'Declarations of interest', { kind: 'declarations-of-interest' })),
  added(item('2', 'Lighting')),
];

describe('A meeting is rescheduled only by a change of time or place', () => {
  const reschedule = (startsAt: string, location?: typeof HALL | { kind: 'online'; platform: string }) => ({
    type: 'RescheduleMeeting' as const,
    data: { meetingId: MEETING, startsAt, ...(location && { location }), reason: 'Hall booked' },
  });

  it('moves to another time, in the same place', () => {
    meetings
      .given(scheduled)
      .when(reschedule('2031-05-20T18:00:00+01:00'))
      .then({
        type: 'MeetingRescheduled',
        data: { meetingId: MEETING, startsAt: '2031-05-20T18:00:00+01:00', location: HALL, reason: 'Hall booked' },
      });
  });

  it('moves to another place at the same time', () => {
    const online = { kind: 'online', platform: 'Video call' } as const;
    meetings
      .given(scheduled)
      .when(reschedule(STARTS, online))
      .then({ type: 'MeetingRescheduled', data: { meetingId: MEETING, startsAt: STARTS, location: online, reason: 'Hall booked' } });
  });

  it('is refused when the same instant, written in UTC, and the same place change nothing', () => {
    meetings.given(scheduled).when(reschedule('2031-05-13T17:00:00Z', HALL)).thenFails('RESCHEDULE_CHANGES_NOTHING');
  });
});

describe('An agenda number is taken once, whichever numbering it is in', () => {
  const add = (agendaItem: AgendaItem) => ({ type: 'AddAgendaItem' as const, data: { meetingId: MEETING, item: agendaItem } });
  const printed = item('3', 'Lighting tender', { agendaNumber: '7', minuteNumber: '41' });

  it('takes an item whose agenda and minute numbers are new', () => {
    meetings
      .given(scheduled, added(printed))
      .when(add(item('4', 'Depot lease', { agendaNumber: '8', minuteNumber: '42' })))
      .then(added(item('4', 'Depot lease', { agendaNumber: '8', minuteNumber: '42' })));
  });

  it('refuses an item printed with an agenda number already taken', () => {
    meetings
      .given(scheduled, added(printed))
      .when(add(item('4', 'Depot lease', { agendaNumber: '7' })))
      .thenFails('ITEM_NUMBER_TAKEN');
  });

  it('refuses an item printed with a minute number already taken', () => {
    meetings
      .given(scheduled, added(printed))
      .when(add(item('4', 'Depot lease', { minuteNumber: '41' })))
      .thenFails('ITEM_NUMBER_TAKEN');
  });
});

describe('Declarations: what they may be about, and what counts as declared twice', () => {
  const declare = (...declarations: object[]) => ({
    type: 'RecordDeclarationsOfInterest' as const,
    data: { meetingId: MEETING, itemNumber: '1', declarations, recordedAt: DURING } as never,
  });
  const made = (declaration: object): MeetingEvent =>
    ({ type: 'DeclarationOfInterestMade', data: { meetingId: MEETING, itemNumber: '1', ...declaration } }) as MeetingEvent;

  it('records an interest in all the items', () => {
    const inAll = { member: 'Cllr R. Vale', concerning: 'all-items', nature: 'personal' };
    meetings
      .given(...withAgenda)
      .when(declare(inAll))
      .then(made(inAll));
  });

  it('refuses a declaration that names neither an item nor a scope it knows', () => {
    meetings
      .given(...withAgenda)
      .when(declare({ member: 'Cllr R. Vale', concerning: 'everything', nature: 'personal' }))
      .thenFails('UNKNOWN_CHOICE');
  });

  it('records one member declaring in two items, and two members in one item', () => {
    const first = { member: 'Cllr R. Vale', concerningItemNumber: '2', nature: 'personal' };
    const sameMemberOtherItem = { member: 'Cllr R. Vale', concerning: 'all-items', nature: 'personal' };
    const otherMemberSameItem = { member: 'Cllr T. Marsh', concerningItemNumber: '2', nature: 'personal' };
    meetings
      .given(...withAgenda)
      .when(declare(first, sameMemberOtherItem, otherMemberSameItem))
      .then(made(first), made(sameMemberOtherItem), made(otherMemberSameItem));
  });

  it('keeps the item of a declaration on the agenda', () => {
    meetings
      .given(...withAgenda, made({ member: 'Cllr R. Vale', concerningItemNumber: '2', nature: 'personal' }))
      .when({ type: 'WithdrawAgendaItem', data: { meetingId: MEETING, itemNumber: '2', reason: 'Report not ready' } })
      .thenFails('ITEM_HAS_BUSINESS');
  });
});

describe('Business is recorded from the instant the meeting starts', () => {
  it('takes attendance recorded at the very start', () => {
    meetings
      .given(...withAgenda)
      .when({
        type: 'RecordAttendance',
        data: { meetingId: MEETING, present: [{ name: 'Cllr R. Vale' }], apologies: [], recordedAt: STARTS },
      })
      .then({
        type: 'AttendanceRecorded',
        data: { meetingId: MEETING, present: [{ name: 'Cllr R. Vale' }], apologies: [], inAttendance: [] },
      });
  });
});

describe('Exempt business cites a paragraph of Schedule 12A from 1 to 7, qualified by 8 to 10 if at all', () => {
  it.each([[[1]], [[7]], [[3, 10]], [[1, 8, 9, 10]]])('accepts %j', (paragraphs) => {
    expect(() => validateSchedule12AParagraphs(paragraphs)).not.toThrow();
  });

  it.each([
    [[0], 'UNKNOWN_SCHEDULE_12A_PARAGRAPH'],
    [[11], 'UNKNOWN_SCHEDULE_12A_PARAGRAPH'],
    [[2.5], 'UNKNOWN_SCHEDULE_12A_PARAGRAPH'],
    [[10], 'EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH'],
    [[8, 9], 'EXEMPT_ITEM_NEEDS_SCHEDULE_12A_PARAGRAPH'],
  ])('refuses %j with %s', (paragraphs, code) => {
    expect(() => validateSchedule12AParagraphs(paragraphs)).toThrow(expect.objectContaining({ code, details: { paragraphs } }));
  });
});

describe('A body is renamed when either its name or its short name changes', () => {
  const bodies = specify(bodyDecider);
  const established: BodyEvent = { type: 'BodyEstablished', data: { bodyId: BOARD, name: 'Edge Safety Board', shortName: 'ESB' } };
  const rename = (name: string, shortName: string) => ({
    type: 'RenameBody' as const,
    data: { bodyId: BOARD, name, shortName, inForceFrom: '2031-05-13', decision },
  });

  it('takes a new short name under the same name', () => {
    bodies
      .given(established)
      .when(rename('Edge Safety Board', 'EdgeSB'))
      .then({ type: 'BodyRenamed', data: rename('Edge Safety Board', 'EdgeSB').data });
  });

  it('takes a new name under the same short name', () => {
    bodies
      .given(established)
      .when(rename('Edge Community Safety Board', 'ESB'))
      .then({
        type: 'BodyRenamed',
        data: rename('Edge Community Safety Board', 'ESB').data,
      });
  });

  it('lets an officeholder leave on the day they took office', () => {
    const elected: BodyEvent = {
      type: 'OfficeholderElected',
      data: { bodyId: BOARD, office: 'chair', term: '2031/32', holder: 'Cllr R. Vale', inForceFrom: '2031-05-13', decision },
    };
    const leaving = {
      bodyId: BOARD,
      office: 'chair' as const,
      term: '2031/32',
      holder: 'Cllr R. Vale',
      inForceFrom: '2031-05-13',
      reason: 'Resigned',
    };
    bodies
      .given(established, elected)
      .when({ type: 'RecordOfficeholderLeaving', data: leaving })
      .then({ type: 'OfficeholderLeftOffice', data: leaving });
  });
});

describe('A follow-up is of a kind the ledger knows', () => {
  it('refuses a kind it does not know', () => {
    specify(followUpDecider)
      .given()
      .when({
        type: 'RaiseFollowUp',
        data: {
          followUpId: 'edge-board-2031-05-13.2.1',
          bodyId: BOARD,
          raisedBy: { meetingId: MEETING, itemNumber: '2' },
          raisedOn: '2031-05-13',
          kind: 'site-visit' as never,
          subject: 'Lighting',
          due: { kind: 'next-meeting' },
        },
      })
      .thenFails('UNKNOWN_CHOICE');
  });
});
