/**
 * What the minutes say, and only that: a meeting known only by its day, every resolution part
 * recorded (unclassified when its wording settles no kind), presenters as the minutes name them,
 * and texts the source had already published. An invented board: the Riverside Health and
 * Wellbeing Board.
 */
import { specify } from '../testing/given-when-then';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';
import { evolveMeeting, initialMeetingState, isConfidentialText, type MeetingState } from './meeting.state';
import type { AgendaItem } from './agenda-item';
import type { ResolutionPart } from './resolution';

const { given } = specify(meetingDecider);
const MEETING = 'riverside-hwb-2024-02-08';
const DAY = '2024-02-08';

const dayOnly: MeetingEvent = { type: 'MeetingScheduled', data: { meetingId: MEETING, bodyId: 'riverside-hwb', heldOn: DAY } };
const report: AgendaItem = { number: '7', agendaNumber: '4', title: 'Winter Pressures', kind: 'report', presenter: { name: 'Asha Pike' } };
const exempt: AgendaItem = { number: '9', title: 'Care Home Contract', kind: 'report', exempt: { paragraphs: [3] } };
const onAgenda = (item: AgendaItem): MeetingEvent => ({ type: 'AgendaItemAdded', data: { meetingId: MEETING, item } });
const recordedAt = `${DAY}T00:00:00Z`;

describe('A meeting whose minutes give only its day', () => {
  it('is scheduled for the day, with no time, place or contact invented', () => {
    given()
      .when({ type: 'ScheduleMeeting', data: { meetingId: MEETING, bodyId: 'riverside-hwb', heldOn: DAY } })
      .then(dayOnly);
  });

  it('needs at least its day', () => {
    given()
      .when({ type: 'ScheduleMeeting', data: { meetingId: MEETING, bodyId: 'riverside-hwb' } })
      .thenFails('BLANK_VALUE');
  });

  it('refuses a day that is not the day of the start time given with it', () => {
    given()
      .when({
        type: 'ScheduleMeeting',
        data: { meetingId: MEETING, bodyId: 'riverside-hwb', heldOn: DAY, startsAt: '2024-02-09T10:00:00Z' },
      })
      .thenFails('INVALID_DATE');
  });

  it('takes business recorded on its day, and refuses it the day before', () => {
    const minute = (at: string): MeetingCommand => ({
      type: 'RecordMinuteText',
      data: { meetingId: MEETING, itemNumber: '7', paragraphs: ['The Board considered a report.'], points: [], recordedAt: at },
    });
    given(dayOnly, onAgenda(report))
      .when(minute(recordedAt))
      .then({
        type: 'MinuteTextRecorded',
        data: { meetingId: MEETING, itemNumber: '7', paragraphs: ['The Board considered a report.'], points: [] },
      });
    given(dayOnly, onAgenda(report)).when(minute('2024-02-07T23:00:00Z')).thenFails('MEETING_NOT_YET_HELD');
  });
});

describe('Every part of a resolution, as printed', () => {
  const pass = (parts: ResolutionPart[]): MeetingCommand => ({
    type: 'PassResolution',
    data: { meetingId: MEETING, itemNumber: '7', parts, publishedAtSource: true, recordedAt },
  });

  it('records a part whose wording settles no kind as unclassified, and one the source cut short as truncated', () => {
    const parts = [
      { label: 'a', kind: 'noted' as const, text: 'That the report be noted;', effects: [] },
      {
        label: 'b',
        kind: 'unclassified' as const,
        text: 'That oversight of the plan rest with the partners',
        effects: [],
        truncatedAtSource: true,
      },
    ];
    given(dayOnly, onAgenda(report))
      .when(pass(parts))
      .then({
        type: 'ResolutionPassed',
        data: { meetingId: MEETING, bodyId: 'riverside-hwb', heldOn: DAY, itemNumber: '7', parts, publishedAtSource: true },
      });
  });

  it('gives an unclassified part no effect', () => {
    given(dayOnly, onAgenda(report))
      .when(
        pass([
          {
            kind: 'unclassified',
            text: 'That the matter be looked at',
            effects: [{ kind: 'request-follow-up', request: 'report', subject: 'The matter', due: { kind: 'next-meeting' } }],
          },
        ]),
      )
      .thenFails('EFFECT_NOT_ALLOWED_FOR_DECISION');
  });
});

describe('Who presented, as the minutes say', () => {
  const present = (
    presentedBy: { name: string; role?: string }[],
    unableToAttend: { name: string }[] = [],
    itemNumber = '7',
  ): MeetingCommand => ({
    type: 'RecordPresenters',
    data: { meetingId: MEETING, itemNumber, presentedBy, unableToAttend, recordedAt },
  });

  it("records who presented, beside the agenda's listed presenter", () => {
    given(dayOnly, onAgenda(report))
      .when(present([{ name: 'Tomas Reyes', role: 'Head of Delivery' }]))
      .then({
        type: 'PresentersRecorded',
        data: { meetingId: MEETING, itemNumber: '7', presentedBy: [{ name: 'Tomas Reyes', role: 'Head of Delivery' }], unableToAttend: [] },
      });
  });

  it('records a listed presenter who was unable to attend', () => {
    given(dayOnly, onAgenda(report))
      .when(present([], [{ name: 'Asha Pike' }]))
      .then({
        type: 'PresentersRecorded',
        data: { meetingId: MEETING, itemNumber: '7', presentedBy: [], unableToAttend: [{ name: 'Asha Pike' }] },
      });
  });

  it('is recorded once per item', () => {
    const recorded: MeetingEvent = {
      type: 'PresentersRecorded',
      data: { meetingId: MEETING, itemNumber: '7', presentedBy: [{ name: 'Tomas Reyes' }], unableToAttend: [] },
    };
    given(dayOnly, onAgenda(report), recorded)
      .when(present([{ name: 'Tomas Reyes' }]))
      .thenFails('PRESENTERS_ALREADY_RECORDED');
  });

  it('names somebody', () => {
    given(dayOnly, onAgenda(report)).when(present([])).thenFails('NO_PRESENTERS');
  });

  it('does not have someone present who was unable to attend', () => {
    given(dayOnly, onAgenda(report))
      .when(present([{ name: 'Asha Pike' }], [{ name: 'asha  pike' }]))
      .thenFails('PRESENTER_ABSENT');
  });

  it('is about an item on the agenda', () => {
    given(dayOnly, onAgenda(report))
      .when(present([{ name: 'Tomas Reyes' }], [], '8'))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });
});

describe('The chair the minutes name', () => {
  it("keeps the item and the minutes' words that name them", () => {
    given(dayOnly, onAgenda(report))
      .when({
        type: 'RecordMeetingChair',
        data: {
          meetingId: MEETING,
          chair: 'Cllr R. Adeyemi',
          itemNumber: '7',
          wording: 'The Chairman Cllr R. Adeyemi welcomed everyone.',
          recordedAt,
        },
      })
      .then({
        type: 'MeetingChairTaken',
        data: { meetingId: MEETING, chair: 'Cllr R. Adeyemi', itemNumber: '7', wording: 'The Chairman Cllr R. Adeyemi welcomed everyone.' },
      });
  });
});

describe('Visibility belongs to each text', () => {
  const fold = (events: MeetingEvent[]): MeetingState => events.reduce(evolveMeeting, initialMeetingState);
  const minute = (publishedAtSource: boolean): MeetingEvent => ({
    type: 'MinuteTextRecorded',
    data: {
      meetingId: MEETING,
      itemNumber: '9',
      paragraphs: ['The Board received a report.'],
      points: [],
      ...(publishedAtSource && { publishedAtSource }),
    },
  });
  const resolved = (publishedAtSource: boolean): MeetingEvent => ({
    type: 'ResolutionPassed',
    data: {
      meetingId: MEETING,
      bodyId: 'riverside-hwb',
      heldOn: DAY,
      itemNumber: '9',
      parts: [{ kind: 'noted', text: 'That the report be noted.', effects: [] }],
      ...(publishedAtSource && { publishedAtSource }),
    },
  });
  const scheduled = (state: MeetingState) => {
    if (state.status === 'not-scheduled') throw new Error('not scheduled');
    return state;
  };

  it('keeps what is recorded of an exempt item confidential', () => {
    const meeting = scheduled(fold([dayOnly, onAgenda(exempt), minute(false), resolved(false)]));
    expect([isConfidentialText(meeting, '9', 'minute'), isConfidentialText(meeting, '9', 'resolution')]).toEqual([true, true]);
  });

  it('makes public what the source had already published, text by text', () => {
    const meeting = scheduled(fold([dayOnly, onAgenda(exempt), minute(true), resolved(false)]));
    expect([isConfidentialText(meeting, '9', 'minute'), isConfidentialText(meeting, '9', 'resolution')]).toEqual([false, true]);
  });

  it('keeps nothing of an item that is not exempt confidential', () => {
    const meeting = scheduled(fold([dayOnly, onAgenda(report)]));
    expect(isConfidentialText(meeting, '7', 'minute')).toBe(false);
  });
});
