import { specify } from '../testing/given-when-then';
import {
  BEFORE_IT_STARTS,
  DEC_2018,
  dec2018Scheduled,
  meetingCommand as command,
  meetingEvent as event,
} from '../testing/meeting.fixtures';
import { meetingDecider } from './meeting.decider';

const { given } = specify(meetingDecider);

describe('Attendance and apologies', () => {
  it('records who was present and who sent apologies', () => {
    given(...dec2018Scheduled())
      .when(command.recordAttendance(['Mr J. T. Farrowby JP CC'], ['Simon Brightwell']))
      .then({
        type: 'AttendanceRecorded',
        data: {
          meetingId: DEC_2018,
          present: [{ name: 'Mr J. T. Farrowby JP CC' }],
          apologies: [{ name: 'Simon Brightwell' }],
          inAttendance: [],
        },
      });
  });

  it('records attendance once', () => {
    given(...dec2018Scheduled(), event.attendanceRecorded())
      .when(command.recordAttendance(['A'], []))
      .thenFails('ATTENDANCE_ALREADY_RECORDED');
  });

  it('nobody is both present and apologising', () => {
    given(...dec2018Scheduled())
      .when(command.recordAttendance(['Mr J. T. Farrowby JP CC'], ['Mr J.T. Farrowby JP CC']))
      .thenFails('PRESENT_AND_APOLOGISED');
  });

  it('is recorded once the meeting has started', () => {
    given(...dec2018Scheduled())
      .when(command.recordAttendance(['A'], [], BEFORE_IT_STARTS))
      .thenFails('MEETING_NOT_YET_HELD');
  });
});

describe('The chair of the meeting', () => {
  it('records who took the chair, from the item after their election', () => {
    given(...dec2018Scheduled())
      .when(command.recordChair('Mr P. J. Hallowell MBE CC', '2'))
      .then({ type: 'MeetingChairTaken', data: { meetingId: DEC_2018, chair: 'Mr P. J. Hallowell MBE CC', fromItemNumber: '2' } });
  });

  it('takes the chair from an item on the agenda', () => {
    given(...dec2018Scheduled())
      .when(command.recordChair('Mr P. J. Hallowell MBE CC', '99'))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });
});

describe('Declarations of interest', () => {
  const chairmanOnHealthAndWellbeing = {
    member: 'Mr J. T. Farrowby JP CC',
    concerningItemNumber: '5',
    nature: 'personal' as const,
    detail: 'A member of the Health and Wellbeing Board',
  };

  it('records a declaration: who, in which item, of what nature (December 2018)', () => {
    given(...dec2018Scheduled())
      .when(command.declare([chairmanOnHealthAndWellbeing]))
      .then({ type: 'DeclarationOfInterestMade', data: { meetingId: DEC_2018, itemNumber: '4', ...chairmanOnHealthAndWellbeing } });
  });

  it('records that no declarations were made', () => {
    given(...dec2018Scheduled())
      .when(command.declare([]))
      .then(event.noDeclarations());
  });

  it('takes a declaration made later in the meeting, under another item, after the item for declarations said none were made', () => {
    given(...dec2018Scheduled(), event.noDeclarations())
      .when(command.declare([chairmanOnHealthAndWellbeing], '5'))
      .then({ type: 'DeclarationOfInterestMade', data: { meetingId: DEC_2018, itemNumber: '5', ...chairmanOnHealthAndWellbeing } });
  });

  it('does not add declarations under the item that recorded none, nor "none" after some', () => {
    given(...dec2018Scheduled(), event.noDeclarations())
      .when(command.declare([chairmanOnHealthAndWellbeing]))
      .thenFails('DECLARATIONS_CONTRADICT_NONE_MADE');
    given(...dec2018Scheduled(), event.declarationMade('Mr J. T. Farrowby JP CC', '5'))
      .when(command.declare([]))
      .thenFails('DECLARATIONS_CONTRADICT_NONE_MADE');
  });

  it('records "no declarations were made" once', () => {
    given(...dec2018Scheduled(), event.noDeclarations())
      .when(command.declare([]))
      .thenFails('NO_DECLARATIONS_ALREADY_RECORDED');
  });

  it('takes one declaration per member and item', () => {
    given(...dec2018Scheduled(), event.declarationMade('Mr J. T. Farrowby JP CC', '5'))
      .when(command.declare([chairmanOnHealthAndWellbeing]))
      .thenFails('DUPLICATE_DECLARATION');
  });

  it('declares interests in items on the agenda', () => {
    given(...dec2018Scheduled())
      .when(command.declare([{ ...chairmanOnHealthAndWellbeing, concerningItemNumber: '77' }]))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });

  it('records declarations under the declarations item', () => {
    given(...dec2018Scheduled())
      .when(command.declare([], '5'))
      .thenFails('ITEM_KIND_MISMATCH');
  });

  it('knows the natures of interest', () => {
    given(...dec2018Scheduled())
      .when(command.declare([{ ...chairmanOnHealthAndWellbeing, nature: 'fleeting' as never }]))
      .thenFails('UNKNOWN_CHOICE');
  });
});
