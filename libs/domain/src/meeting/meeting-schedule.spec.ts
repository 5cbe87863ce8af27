import { specify } from '../testing/given-when-then';
import {
  BEFORE_IT_STARTS,
  DEC_2018,
  dec2018Scheduled,
  DURING_IT,
  meetingCommand as command,
  meetingEvent as event,
  noted,
} from '../testing/meeting.fixtures';
import { meetingDecider } from './meeting.decider';

const { given } = specify(meetingDecider);

describe('A meeting is scheduled, and may be rescheduled or cancelled until it is held', () => {
  it('is scheduled for a body, a time, a place and a contact officer', () => {
    given().when(command.schedule()).then(event.scheduled());
  });

  it('may be held on Microsoft Teams', () => {
    const teams = { kind: 'online', platform: 'Microsoft Teams' } as const;
    const data = {
      meetingId: 'northshire-scb-2023-09-29',
      bodyId: 'northshire-scb',
      startsAt: '2023-09-29T10:00:00+01:00',
      location: teams,
      contactOfficer: { name: 'Imogen Fairweather' },
    };
    given().when({ type: 'ScheduleMeeting', data }).then({ type: 'MeetingScheduled', data });
  });

  it("has an id that begins with its body's, so no body takes an id another needs", () => {
    const data = { meetingId: 'eastdale-board-2031-05-01', bodyId: 'northshire-board', heldOn: '2031-05-01' };
    given().when({ type: 'ScheduleMeeting', data }).thenFails('MEETING_ID_OF_ANOTHER_BODY');
    given()
      .when({ type: 'ScheduleMeeting', data: { ...data, meetingId: 'northshire-board-' } })
      .thenFails('MEETING_ID_OF_ANOTHER_BODY');
    // Not the ids of a body whose id begins with this one's.
    given()
      .when({ type: 'ScheduleMeeting', data: { ...data, meetingId: 'northshire-board-youth-2031-05-01' } })
      .thenFails('MEETING_ID_OF_ANOTHER_BODY');
    given()
      .when({ type: 'ScheduleMeeting', data: { ...data, meetingId: 'northshire-board-2031-05-01-2' } })
      .then({ type: 'MeetingScheduled', data: { ...data, meetingId: 'northshire-board-2031-05-01-2' } });
  });

  it('is scheduled once', () => {
    given(event.scheduled()).when(command.schedule()).thenFails('AGGREGATE_ALREADY_EXISTS');
  });

  it('takes nothing else before it is scheduled', () => {
    given().when(command.cancel()).thenFails('AGGREGATE_NOT_FOUND');
  });

  it('needs a start time with its UTC offset', () => {
    given().when(command.schedule(DEC_2018, '2018-12-10 1.00 pm')).thenFails('INVALID_DATE_TIME');
  });

  it('is rescheduled to a new time, keeping its place', () => {
    given(event.scheduled())
      .when(command.reschedule('2018-12-11T13:00:00Z'))
      .then({
        type: 'MeetingRescheduled',
        data: {
          meetingId: DEC_2018,
          startsAt: '2018-12-11T13:00:00Z',
          location: { kind: 'venue', venue: 'Kestrel Committee Room, Shire Hall, Northshire' },
          reason: 'Clash with Cabinet',
        },
      });
  });

  it('moves to another time or place when rescheduled', () => {
    given(event.scheduled()).when(command.reschedule('2018-12-10T13:00:00+00:00')).thenFails('RESCHEDULE_CHANGES_NOTHING');
  });

  it('is cancelled with a reason', () => {
    given(event.scheduled()).when(command.cancel('Not quorate')).then(event.cancelled('Not quorate'));
  });

  it('cannot be cancelled twice', () => {
    given(event.scheduled(), event.cancelled()).when(command.cancel()).thenFails('MEETING_CANCELLED');
  });

  it('cannot be rescheduled or cancelled once business is recorded at it', () => {
    given(...dec2018Scheduled(), event.attendanceRecorded())
      .when(command.reschedule('2018-12-11T13:00:00Z'))
      .thenFails('MEETING_ALREADY_HELD');
    given(...dec2018Scheduled(), event.resolutionPassed('6', [noted()]))
      .when(command.cancel())
      .thenFails('MEETING_ALREADY_HELD');
  });
});

describe('A meeting closes once, after it starts', () => {
  it('closes at the time the business ended', () => {
    given(...dec2018Scheduled())
      .when(command.close('2018-12-10T15:00:00Z'))
      .then(event.closed('2018-12-10T15:00:00Z'));
  });

  it('closes once', () => {
    given(...dec2018Scheduled(), event.closed())
      .when(command.close())
      .thenFails('MEETING_ALREADY_CLOSED');
  });

  it('cannot close before it starts', () => {
    given(...dec2018Scheduled())
      .when(command.close('2018-12-10T12:00:00Z'))
      .thenFails('MEETING_ENDS_BEFORE_IT_STARTS');
  });

  it('cannot be recorded as closed before it has started', () => {
    given(...dec2018Scheduled())
      .when(command.close('2018-12-10T15:00:00Z', BEFORE_IT_STARTS))
      .thenFails('MEETING_NOT_YET_HELD');
  });

  it('keeps its agenda and date once closed', () => {
    given(...dec2018Scheduled(), event.closed())
      .when(command.addItem({ number: '15', title: 'Late item', kind: 'report' }))
      .thenFails('MEETING_CLOSED');
    given(event.scheduled(), event.closed()).when(command.reschedule('2019-01-10T13:00:00Z')).thenFails('MEETING_CLOSED');
  });

  it('still takes its minutes after closing, since minutes are written up afterwards', () => {
    given(...dec2018Scheduled(), event.closed())
      .when(command.passResolution('6', [noted()], DURING_IT))
      .then(event.resolutionPassed('6', [noted()]));
  });
});
