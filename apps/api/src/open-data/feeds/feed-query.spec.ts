import { dateRangeOf, DEFAULT_FEED_ENTRIES, FeedQueryError, feedLimitOf, MAX_FEED_ENTRIES } from './feed-query';

describe('the query strings of the feeds', () => {
  it('takes from and to as real dates, either left open', () => {
    expect(dateRangeOf({})).toEqual({});
    expect(dateRangeOf({ from: '2024-02-29', to: '' })).toEqual({ from: '2024-02-29' });
    expect(dateRangeOf({ from: '2024-01-01', to: '2024-01-01' })).toEqual({ from: '2024-01-01', to: '2024-01-01' });
  });

  it.each([
    [{ from: '2024-3-14' }, 'from must be a real date written YYYY-MM-DD, e.g. 2024-03-14; got "2024-3-14"'],
    [{ to: '2023-02-29' }, 'to must be a real date written YYYY-MM-DD, e.g. 2024-03-14; got "2023-02-29"'],
    [{ from: '14/03/2024' }, 'from must be a real date written YYYY-MM-DD, e.g. 2024-03-14; got "14/03/2024"'],
    [{ from: ['2024-01-01', '2024-02-01'] }, 'from may be given once, as text'],
    [{ from: '2024-06-01', to: '2024-05-31' }, 'from (2024-06-01) must not be after to (2024-05-31)'],
  ])('refuses %j: %s', (query, message) => {
    expect(() => dateRangeOf(query)).toThrow(new FeedQueryError(message));
  });

  it('gives a feed its default number of entries, and no more than the most', () => {
    expect(feedLimitOf(undefined)).toBe(DEFAULT_FEED_ENTRIES);
    expect(feedLimitOf('')).toBe(DEFAULT_FEED_ENTRIES);
    expect(feedLimitOf('1')).toBe(1);
    expect(feedLimitOf('250')).toBe(250);
    expect(feedLimitOf('999999')).toBe(MAX_FEED_ENTRIES);
  });

  it.each(['0', '-1', '2.5', 'ten', '1e3', '1234567'])('refuses a limit of "%s"', (limit) => {
    expect(() => feedLimitOf(limit)).toThrow(new FeedQueryError(`limit must be a whole number from 1; got "${limit}"`));
  });
});
