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

describe('The minute of an item: discussion and numbered points', () => {
  const points = [
    {
      label: 'i',
      text: 'Members raised concerns that the substance misuse service Wayfarer Recovery did not liaise with partners enough.',
    },
    { label: 'ii', text: 'Members congratulated officers for the success in receiving funding.' },
  ];

  it('records the discussion and the points (i), (ii) … (December 2018, minute 33)', () => {
    given(...dec2018Scheduled())
      .when(command.recordMinute('5', points, ['The Board considered a report of the Director of Public Health.']))
      .then({
        type: 'MinuteTextRecorded',
        data: {
          meetingId: DEC_2018,
          itemNumber: '5',
          paragraphs: ['The Board considered a report of the Director of Public Health.'],
          points,
        },
      });
  });

  it('numbers the points in sequence', () => {
    given(...dec2018Scheduled())
      .when(command.recordMinute('5', [points[0]!, { ...points[1]!, label: 'iii' }]))
      .thenFails('MINUTE_POINTS_OUT_OF_SEQUENCE');
  });

  it('reads beyond (iii): (iv), (v) … to (vii), as a long minute does', () => {
    const seven = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'].map((label) => ({ label, text: `Point ${label}` }));
    given(...dec2018Scheduled())
      .when(command.recordMinute('5', seven, []))
      .then(event.minuteRecorded('5', seven, []));
  });

  it('has something to say', () => {
    given(...dec2018Scheduled())
      .when(command.recordMinute('5', [], []))
      .thenFails('EMPTY_MINUTE');
  });

  it('is recorded once; the original text is never overwritten', () => {
    given(...dec2018Scheduled(), event.minuteRecorded('5'))
      .when(command.recordMinute('5', points))
      .thenFails('MINUTE_ALREADY_RECORDED');
  });

  it('is recorded against an item on the agenda', () => {
    given(...dec2018Scheduled())
      .when(command.recordMinute('50', points))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });

  it('is not recorded against a withdrawn item', () => {
    given(...dec2018Scheduled(), event.itemWithdrawn('6'))
      .when(command.recordMinute('6', points))
      .thenFails('ITEM_WITHDRAWN');
  });

  it('is not recorded before the meeting', () => {
    given(...dec2018Scheduled())
      .when(command.recordMinute('5', points, [], BEFORE_IT_STARTS))
      .thenFails('MEETING_NOT_YET_HELD');
  });

  it('is not recorded for a cancelled meeting', () => {
    given(...dec2018Scheduled(), event.cancelled())
      .when(command.recordMinute('5', points))
      .thenFails('MEETING_CANCELLED');
  });
});
