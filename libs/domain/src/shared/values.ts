import { InvalidValue } from './domain-error';

/** A calendar date, `YYYY-MM-DD`: the valid time a fact is about ("in force from"). */
export type IsoDate = string;
/** An instant with its UTC offset, `2019-06-14T10:00:00+01:00`; the offset keeps the local meeting date. */
export type IsoDateTime = string;
/** A municipal year of office, `2019/20`. */
export type Term = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TERM = /^(\d{4})\/(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1])) return false;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? '0')];
  return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(value));
}

export function isTerm(value: unknown): value is Term {
  if (typeof value !== 'string') return false;
  const match = TERM.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

export function requireText(field: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidValue('BLANK_VALUE', field, `${field} may not be blank`);
  }
  return value;
}

/** A value the command may leave out; given, it may not be blank. */
export function requireTextIfGiven(field: string, value: string | undefined): void {
  if (value !== undefined) requireText(field, value);
}

export function requireDate(field: string, value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidValue('INVALID_DATE', field, `${field} must be a date written YYYY-MM-DD, not "${String(value)}"`);
  }
  return value;
}

export function requireDateTime(field: string, value: string): IsoDateTime {
  if (!isIsoDateTime(value)) {
    throw new InvalidValue('INVALID_DATE_TIME', field, `${field} must be an ISO 8601 date-time with a UTC offset, not "${String(value)}"`);
  }
  return value;
}

export function requireTerm(field: string, value: string): Term {
  if (!isTerm(value)) {
    throw new InvalidValue('INVALID_TERM', field, `${field} must be a municipal year such as 2019/20, not "${String(value)}"`);
  }
  return value;
}

/** The local calendar date of a date-time: the date the minutes would print. */
export function localDateOf(dateTime: IsoDateTime): IsoDate {
  return dateTime.slice(0, 10);
}

export function instantOf(dateTime: IsoDateTime): number {
  return Date.parse(dateTime);
}
