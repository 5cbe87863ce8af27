/** Dates and times as minutes print them: "Thursday, 10 December 2015 2.00 pm", "08 June 2016 10:00am". */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
/** Captures hours, minutes and am/pm: "2.00 pm", "10:00am", "10am". */
export const CLOCK_TIME = '(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m\\.?';
/** Captures day, month name and year. */
export const DAY_MONTH_YEAR = `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})`;

export interface LocalTime {
  readonly hours: number;
  readonly minutes: number;
}

export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
  return index === -1 ? undefined : index + 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD`, or undefined for a date that does not exist (31 February). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

export function dateFromParts(day: string, monthName: string, year: string): string | undefined {
  const month = monthNumber(monthName);
  return month === undefined ? undefined : isoDate(Number(year), month, Number(day));
}

export function timeFromParts(hours: string, minutes: string | undefined, meridiem: string): LocalTime | undefined {
  let hour = Number(hours);
  const minute = Number(minutes ?? '0');
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  if (meridiem.toLowerCase() === 'p' && hour !== 12) hour += 12;
  if (meridiem.toLowerCase() === 'a' && hour === 12) hour = 0;
  return { hours: hour, minutes: minute };
}

/** Sunday of the last week of a month, as a day of that month. */
function lastSundayOf(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * UK boards meet on UK time: British Summer Time runs from the last Sunday of March to the last
 * Sunday of October. Meetings are held in the day, so the 01:00 UTC changeover never matters.
 */
export function londonOffset(date: string): '+00:00' | '+01:00' {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const summer =
    (month > 3 && month < 10) || (month === 3 && day >= lastSundayOf(year, 3)) || (month === 10 && day < lastSundayOf(year, 10));
  return summer ? '+01:00' : '+00:00';
}

/** The instant a meeting starts, with the UTC offset so the local date is never guessed. */
export function londonDateTime(date: string, time: LocalTime): string {
  return `${date}T${pad(time.hours)}:${pad(time.minutes)}:00${londonOffset(date)}`;
}

export function describeTime(time: LocalTime): string {
  return `${pad(time.hours)}:${pad(time.minutes)}`;
}

export interface DatedMention {
  readonly date: string;
  readonly time?: LocalTime;
}

/** A day and month, its year if printed ("20th May", "23 September 2024"), and the time beside it. */
const DATE_WITH_OPTIONAL_TIME = new RegExp(
  `(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:,?\\s+(\\d{4}))?(?:,?\\s*(?:at\\s+)?${CLOCK_TIME})?`,
  'gi',
);

/**
 * Every date in a text, each with the time printed beside it, if any. A date in a list printed without its year
 * ("5 February, 20 May and 23 September 2024") takes the year of the date after it that prints one (the year
 * before, for a December before a January). Impossible dates, and dates no year follows, are skipped.
 */
export function datesIn(text: string): DatedMention[] {
  const mentions = [...text.matchAll(DATE_WITH_OPTIONAL_TIME)];
  return mentions.flatMap((match, index) => {
    const dated = match[3] ? match : mentions.slice(index + 1).find((later) => later[3]);
    if (!dated) return [];
    const laterDate = dateFromParts(dated[1]!, dated[2]!, dated[3]!);
    const sameYear = dateFromParts(match[1]!, match[2]!, dated[3]!);
    const date =
      match[3] || !laterDate || !sameYear || sameYear <= laterDate
        ? sameYear
        : dateFromParts(match[1]!, match[2]!, String(Number(dated[3]) - 1));
    if (!date) return [];
    const time = match[4] ? timeFromParts(match[4], match[5], match[6]!) : undefined;
    return [{ date, ...(time && { time }) }];
  });
}

/** "… on the following dates all at 10:00am:" gives every date of the list its time. */
export function sharedTimeIn(text: string): LocalTime | undefined {
  // "…, all at 2.00 pm"; "be held at 10.30 am on Monday 16th September 2019, Monday 9th December …".
  const match =
    new RegExp(`\\ball\\s+(?:at|starting at|commencing at)\\s+${CLOCK_TIME}`, 'i').exec(text) ??
    new RegExp(`\\b(?:be\\s+held|take\\s+place|start|commence)\\s+at\\s+${CLOCK_TIME}\\s+on\\b`, 'i').exec(text);
  return match ? timeFromParts(match[1]!, match[2], match[3]!) : undefined;
}

/** A line that is nothing but a date (and perhaps a time), as in a list of meeting dates. */
export const DATE_ONLY_LINE = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR}(?:,?\\s*(?:at\\s+)?${CLOCK_TIME})?(?:\\s*\\([^()]{1,40}\\))?\\s*[;,.]?(?:\\s*(?:and|or))?$`,
  'i',
);

/** The days a text names, as "MM-DD": "13 April", "the 26th March minutes", "8 July 2025". */
export function monthDaysIn(text: string): string[] {
  return [...text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\b`, 'gi'))].flatMap((match) => {
    const month = monthNumber(match[2]!);
    return month === undefined ? [] : [`${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`];
  });
}
