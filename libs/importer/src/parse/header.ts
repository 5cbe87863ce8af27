import { MinutesFormatError } from '../errors';
import { CLOCK_TIME, DAY_MONTH_YEAR, dateFromParts, timeFromParts, WEEKDAY } from '../text/dates';
import { withoutFinalFullStop } from '../text/plain-text';
import { spanOf, type LineSpan } from '../text/span';
import type { ContactDetails, MeetingHeader, PrintedLocation } from './minutes-document';
import type { Unit } from './units';

/** "Leicestershire and Rutland Safer Communities Strategy Board - Thursday, 10 December 2015 2.00 pm". */
const TITLE_LINE = new RegExp(`^(.+?)\\s+-\\s+(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR}(?:,?\\s*(?:at\\s+)?${CLOCK_TIME})?\\.?$`, 'i');
const PAGE_HEADING = /^(agenda and minutes|agenda and draft minutes|minutes|agenda|items|no\.?\s*item|item|decisions)$/i;
const ITEM_LIST_HEADING = /^no\.?\s*item$/i;
const VENUE = /^venue\s*:\s*(.+)$/i;
const CONTACT = /^contact\s*:\s*(.+)$/i;
const ONLINE = /\b(microsoft teams|ms teams|teams|zoom|skype|webex|virtual|remote(?:ly)?|online|video ?conference)\b/i;
const OTHER_HEADER_LINE = /^(media|webcast|watch the meeting|view the meeting)\b.{0,60}$/i;

export interface HeaderReading {
  readonly header?: MeetingHeader;
  /** How many leading units belong to the header. */
  readonly unitCount: number;
  readonly notes: { value: string; lines: LineSpan }[];
}

function isHeaderLine(unit: Unit): boolean {
  const plain = unit.leadPlain;
  return PAGE_HEADING.test(plain) || TITLE_LINE.test(plain) || VENUE.test(plain) || CONTACT.test(plain) || OTHER_HEADER_LINE.test(plain);
}

/**
 * The page's header: what the meeting page prints above the items. It ends at the "No. Item"
 * heading when there is one; otherwise it is the run of lines that read as header lines.
 */
export function readHeader(units: readonly Unit[]): HeaderReading {
  const listHeading = units.slice(0, 15).findIndex((unit) => ITEM_LIST_HEADING.test(unit.leadPlain));
  let count = 0;
  if (listHeading >= 0) count = listHeading + 1;
  else while (count < units.length && isHeaderLine(units[count]!)) count += 1;
  const headerUnits = units.slice(0, count);
  if (headerUnits.length === 0) return { unitCount: 0, notes: [] };

  const notes: { value: string; lines: LineSpan }[] = [];
  let header: Partial<{ -readonly [K in keyof MeetingHeader]: MeetingHeader[K] }> = {};
  for (const unit of headerUnits) {
    const plain = unit.plain;
    const title = TITLE_LINE.exec(plain);
    const venue = VENUE.exec(plain);
    const contact = CONTACT.exec(plain);
    if (title) {
      const date = dateFromParts(title[2]!, title[3]!, title[4]!);
      if (!date) {
        throw new MinutesFormatError('INVALID_HEADER_DATE', unit.lines.from, `"${title[2]} ${title[3]} ${title[4]}" is not a date`);
      }
      header.bodyName = { value: unit.text.slice(0, title[1]!.length).trim(), lines: unit.lines };
      header.date = { value: date, lines: unit.lines };
      if (title[5]) {
        const time = timeFromParts(title[5], title[6], title[7]!);
        if (time) header.time = { value: time, lines: unit.lines };
        else notes.push({ value: `the time "${title[5]}${title[6] ? `.${title[6]}` : ''}" is not a time of day`, lines: unit.lines });
      }
    } else if (venue) {
      header.location = { value: locationFrom(unit.text.slice(unit.text.length - venue[1]!.length)), lines: unit.lines };
    } else if (contact) {
      const details = contactFrom(unit.text.slice(unit.text.length - contact[1]!.length));
      if (details) header.contact = { value: details, lines: unit.lines };
      else notes.push({ value: 'the contact line names nobody', lines: unit.lines });
    } else if (!PAGE_HEADING.test(plain)) {
      notes.push({ value: `header line not understood, ignored: "${unit.lead}"`, lines: unit.lines });
    }
  }
  const lines = spanOf(headerUnits[0]!.lines, ...headerUnits.map((unit) => unit.lines));
  const understood = header.date !== undefined || header.location !== undefined || header.contact !== undefined;
  return { header: understood ? { lines, ...header } : undefined, unitCount: count, notes };
}

function locationFrom(text: string): PrintedLocation {
  const venue = withoutFinalFullStop(text.replace(/\.?\s*view directions\.?\s*$/i, '').trim());
  return ONLINE.test(venue) ? { kind: 'online', platform: venue } : { kind: 'venue', venue };
}

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const TELEPHONE = /\(?\s*(?:tel(?:ephone)?|phone)\.?\s*:?\s*(\+?[\d][\d\s-]{5,}\d)\s*\)?/i;

function contactFrom(text: string): ContactDetails | undefined {
  const email = EMAIL.exec(text)?.[0];
  const telephone = TELEPHONE.exec(text)?.[1]?.replace(/\s+/g, ' ');
  const name = text
    .split(/\(|\btel(?:ephone)?\b\.?|\bphone\b|\bemail\b|\be-mail\b|,|;/i)[0]!
    .replace(EMAIL, '')
    .trim();
  if (name === '') return undefined;
  return { name, ...(telephone && { telephone }), ...(email && { email }) };
}
