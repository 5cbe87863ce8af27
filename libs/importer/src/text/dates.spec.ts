import { datesIn, londonDateTime, londonOffset, sharedTimeIn } from './dates';

describe('dates and times as minutes print them', () => {
  it.each([
    ['2023-03-25', '+00:00'],
    ['2023-03-26', '+01:00'],
    ['2023-10-28', '+01:00'],
    ['2023-10-29', '+00:00'],
    ['2019-06-14', '+01:00'],
    ['2015-12-10', '+00:00'],
  ])('%s is in UK time %s', (date, offset) => {
    expect(londonOffset(date)).toBe(offset);
  });

  it('reads dates with and without weekdays, ordinals and times', () => {
    expect(datesIn('on Friday 15 December 2023 at 10.00am, 08 June 2016 10:00am and 1st March 2020')).toEqual([
      { date: '2023-12-15', time: { hours: 10, minutes: 0 } },
      { date: '2016-06-08', time: { hours: 10, minutes: 0 } },
      { date: '2020-03-01' },
    ]);
    expect(datesIn('31 February 2023')).toEqual([]);
  });

  it('reads a time shared by a list of dates, and writes instants with their offset', () => {
    expect(sharedTimeIn('on the following dates all at 2.30 pm:')).toEqual({ hours: 14, minutes: 30 });
    expect(londonDateTime('2019-09-20', { hours: 10, minutes: 0 })).toBe('2019-09-20T10:00:00+01:00');
  });
});
