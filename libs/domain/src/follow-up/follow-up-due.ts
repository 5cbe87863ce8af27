import { InvalidValue } from '../shared/domain-error';
import { requireDate, requireText, type IsoDate } from '../shared/values';

/**
 * When a follow-up is expected, as precisely as the minutes say it: "the next meeting",
 * "a future meeting", "the December 2019 meeting", or a date.
 */
export type FollowUpDue =
  | { readonly kind: 'next-meeting' }
  | { readonly kind: 'a-future-meeting' }
  | { readonly kind: 'meeting-in-month'; readonly month: string }
  | { readonly kind: 'by-date'; readonly date: IsoDate };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function requireFollowUpDue(field: string, due: FollowUpDue): FollowUpDue {
  switch (due?.kind) {
    case 'next-meeting':
    case 'a-future-meeting':
      return due;
    case 'meeting-in-month':
      requireText(`${field}.month`, due.month);
      if (!MONTH.test(due.month)) {
        throw new InvalidValue('INVALID_DATE', `${field}.month`, `${field}.month must be written YYYY-MM, not "${due.month}"`);
      }
      return due;
    case 'by-date':
      requireDate(`${field}.date`, due.date);
      return due;
    default:
      throw new InvalidValue('UNKNOWN_CHOICE', `${field}.kind`, `${field} must say when the follow-up is due`);
  }
}
