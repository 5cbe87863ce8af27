import { plainToInstance } from 'class-transformer';
import { FollowUpDueInput } from './follow-up-due.input';
import { toFollowUpDue } from './to-follow-up-due';

const due = (input: object) => toFollowUpDue(plainToInstance(FollowUpDueInput, input));

describe('follow-up due input to the domain', () => {
  it.each([
    [{ nextMeeting: true }, { kind: 'next-meeting' }],
    [{ aFutureMeeting: true, byDate: null }, { kind: 'a-future-meeting' }],
    [{ meetingInMonth: '2019-12' }, { kind: 'meeting-in-month', month: '2019-12' }],
    [{ byDate: '2020-03-31' }, { kind: 'by-date', date: '2020-03-31' }],
  ])('maps %p to %p', (input, expected) => {
    expect(due(input)).toEqual(expected);
  });
});
