import { type EstablishedBody } from '@ledger/domain';
import { nameInForce } from '@ledger/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2018-12-10 → 10 December 2018, as minutes print dates. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** Where an item sits in the record: its meeting, and the number it is cited by (the printed minute number where there is one). */
export interface Cited {
  readonly meetingId: string;
  readonly heldOn: string;
  readonly number: string;
  readonly minuteNumber?: string;
}

/** The stable id of an item: its meeting and its number, `lscsb-2018-12-10/36`. */
export const itemIdOf = (item: Pick<Cited, 'meetingId' | 'number'>) => `${item.meetingId}/${item.number}`;

/** The stable id of a resolution part, `lscsb-2018-12-10/36/b`; an unlabelled resolution is `…/36/resolution`. */
export const partIdOf = (item: Pick<Cited, 'meetingId' | 'number'>, label: string | undefined) =>
  `${itemIdOf(item)}/${label ?? 'resolution'}`;

/**
 * A citation as a clerk writes it: the body's short name in force on the day, the day, and the
 * minute (with the part's letter), "LSCSB 10 December 2018, minute 36(b)".
 */
export function citationOf(body: EstablishedBody | undefined, item: Cited, label?: string): string {
  const shortName = body ? nameInForce(body, item.heldOn).shortName : undefined;
  const minute = `minute ${item.minuteNumber ?? item.number}${label ? `(${label})` : ''}`;
  return `${shortName ? `${shortName} ` : ''}${longDate(item.heldOn)}, ${minute}`;
}
