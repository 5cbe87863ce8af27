import { isIsoDate } from '@ledger/domain';

/** A query string a feed cannot answer; the controller turns it into a 400. */
export class FeedQueryError extends Error {}

export const DEFAULT_FEED_ENTRIES = 100;
export const MAX_FEED_ENTRIES = 500;

export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/** Express hands a repeated parameter over as an array (or an object, for `a[b]=`): no feed parameter takes one. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new FeedQueryError(`${name} may be given once, as text`);
  return value;
}

function calendarDate(name: string, value: unknown): string | undefined {
  const text = single(name, value);
  if (text !== undefined && !isIsoDate(text)) {
    throw new FeedQueryError(`${name} must be a real date written YYYY-MM-DD, e.g. 2024-03-14; got "${text}"`);
  }
  return text;
}

/** `from` and `to`, inclusive days of the meetings; either may be left out. */
export function dateRangeOf(query: { readonly from?: unknown; readonly to?: unknown }): DateRange {
  const from = calendarDate('from', query.from);
  const to = calendarDate('to', query.to);
  if (from !== undefined && to !== undefined && from > to) throw new FeedQueryError(`from (${from}) must not be after to (${to})`);
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** How many entries a feed carries: a whole number from 1; more than the most a feed carries is that most. */
export function feedLimitOf(value: unknown): number {
  const text = single('limit', value);
  if (text === undefined) return DEFAULT_FEED_ENTRIES;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new FeedQueryError(`limit must be a whole number from 1; got "${text}"`);
  return Math.min(Number(text), MAX_FEED_ENTRIES);
}
