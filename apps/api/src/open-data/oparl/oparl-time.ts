/**
 * OParl writes a date-time as `yyyy-mm-ddThh:mm:ss±hh:mm`, always with an offset and no fractions.
 * Instants without an offset of their own are written in UTC (`+00:00`).
 */
export function oparlDateTime(instant: Date | string): string {
  // A date-time the record holds with its own offset keeps it: a meeting at 2 pm BST stays at 14:00+01:00.
  const local = typeof instant === 'string' ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(?:\.\d+)?([+-]\d{2}:\d{2})$/.exec(instant) : null;
  if (local) return `${local[1]}${local[2] ?? ':00'}${local[3]}`;
  const iso = (typeof instant === 'string' ? new Date(instant) : instant).toISOString();
  return `${iso.slice(0, 19)}+00:00`;
}

/** An instant as RFC 3339 writes it, with an offset or Z; fractions of a second allowed. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export class InvalidFilterValue extends Error {}

/**
 * A filter's instant from a query string. A `+` a client forgot to encode arrives as a space: it can
 * only have been the offset's sign, so it is read as one.
 */
export function parseFilterInstant(name: string, value: string): Date {
  const text = value.replace(/T(\d{2}:\d{2}:\d{2}(?:\.\d+)?) (\d{2}:\d{2})$/, 'T$1+$2');
  const match = DATE_TIME.exec(text);
  const instant = match ? new Date(text) : undefined;
  if (!match || !instant || Number.isNaN(instant.getTime()) || !sameCalendarDay(match)) {
    throw new InvalidFilterValue(
      `${name} must be a date and time with its offset, such as 2024-01-31T00:00:00+00:00 (encoded: 2024-01-31T00%3A00%3A00%2B00%3A00); got "${value}"`,
    );
  }
  return instant;
}

/** Date's parser rolls 31 February over into March: the digits must name a real day and time. */
function sameCalendarDay(match: RegExpExecArray): boolean {
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const probe = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  return probe.getUTCMonth() === month! - 1 && probe.getUTCDate() === day! && hour! < 24 && minute! < 60 && second! < 60;
}
