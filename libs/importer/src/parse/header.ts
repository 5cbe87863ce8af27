import { MinutesFormatError } from '../errors';
import { CLOCK_TIME, DAY_MONTH_YEAR, dateFromParts, timeFromParts, WEEKDAY, type LocalTime } from '../text/dates';
import { withoutFinalFullStop } from '../text/plain-text';
import { spanOf, type LineSpan } from '../text/span';
import type { ContactDetails, MeetingHeader, PrintedLocation } from './minutes-document';
import type { Unit } from './units';

/** "Leicestershire and Rutland Safer Communities Strategy Board - Thursday, 10 December 2015 2.00 pm". */
/** A marker ModernGov prints after some meetings' date ("…, 6.00 pm, NEW"). */
const STATUS =
  '(?:,?\\s*(?:NEW|REVISED|RECONVENED|RESCHEDULED|MOVED|EXTRAORDINARY|SPECIAL|ADJOURNED|POSTPONED|CANCELLED|VIRTUAL|REMOTE|HYBRID|\\((?:extraordinary|special|reconvened|adjourned|virtual|remote|hybrid)(?:\\s+meeting)?\\)))?';
/** The time it started: "6.30 pm", a 24-hour "18:30", or "12 noon"; an end time after it ("- 8.15 pm") is passed over. */
const START = `(?:${CLOCK_TIME}|(\\d{1,2})[:.](\\d{2})(?!\\s*[ap]\\.?\\s*m)|(?:12\\s+)?(noon|midday))`;
const UNTIL = `(?:\\s*(?:-|\u2013|to)\\s*(?:${CLOCK_TIME.replace(/\((?!\?)/g, '(?:')}|\\d{1,2}[:.]\\d{2}))?`;
const WHEN = `(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR}(?:,?\\s*(?:at\\s+)?${START}${UNTIL})?${STATUS}\\.?`;
/** "Cabinet - Wednesday, …", also "Cabinet, Wednesday, …". */
const TITLE_LINE = new RegExp(`^(.+?)(?:\\s+[-\u2013]\\s+|,\\s+(?=${WEEKDAY}\\b))${WHEN}$`, 'i');
/**
 * "Minutes of the meeting held on Monday, 9th September, 2024 9.30 am": the meeting's own heading, told from an
 * item titled "Minutes of the meeting held on …" by the time it prints.
 */
const MINUTES_OF_THE_MEETING = new RegExp(
  `^minutes\\s+of\\s+(?:the|a)\\s+meeting\\s+(?:of\\s+(?:the\\s+)?(.+?)\\s+)?held\\s+(?:on\\s+)?(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR},?\\s*(?:at\\s+)?${START}${UNTIL}${STATUS}\\.?$`,
  'i',
);
/** The date on a line of its own, the body's name on the line before: "Thursday, 18th April, 2019 10.00 am". */
const DATE_LINE = new RegExp(`^()(?:held\\s+on\\s+)?${WHEN}$`, 'i');
/** "Date: Tuesday, 5 March 2024" and "Time: 6.30 pm", as some councils print them. */
const DATE_FIELD = new RegExp(`^()(?:date|meeting\\s+date|date\\s+of\\s+meeting)\\s*:\\s*${WHEN}$`, 'i');
/** Also the time alone on the line under the date: "10.30 am". */
const TIME_FIELD = new RegExp(`^()()()()(?:(?:time|start\\s+time)\\s*:\\s*)?(?:at\\s+)?${START}${UNTIL}\\.?$`, 'i');
const PAGE_HEADING =
  /^(agenda and minutes|agenda and draft minutes|agenda,? decisions and minutes|agenda and decisions|minutes|draft minutes|agenda|items|no\.?\s*item|note\s+no\.?\s*item|item|decisions|meeting documents|local democracy)$/i;
/**
 * "No. Item", "Note No. Item", and with a column for the minute's number or its words: "Item Minute Item",
 * "Minute No. Item", "Agenda item | Minutes".
 */
const ITEM_LIST_HEADING = /^(?:note\s+)?(?:(?:no\.?|item|agenda\s+item|minute(?:\s+no\.?)?)\s*\|?\s*){1,2}(?:item|minutes)\s*\|?$/i;
const VENUE = /^venue\s*:\s*(.+)$/i;
const CONTACT = /^contact\s*:\s*(.+)$/i;
const ONLINE = /\b(microsoft teams|ms teams|teams|zoom|skype|webex|virtual|remote(?:ly)?|online|video ?conference)\b/i;
const OTHER_HEADER_LINE = /^(media|webcast|watch the meeting|view the meeting)\b.{0,60}$/i;
/** "Present: Councillor A (Chairman), Councillors B and C.": who attended, printed above the items. */
const ATTENDANCE_LINE = /^(?:present|also\s+present|in\s+attendance)\s*:/i;

export interface HeaderReading {
  readonly header?: MeetingHeader;
  /** How many leading units belong to the header. */
  readonly unitCount: number;
  readonly notes: { value: string; lines: LineSpan }[];
}

function isHeaderLine(unit: Unit): boolean {
  const plain = unit.leadPlain;
  return (
    PAGE_HEADING.test(plain) ||
    TITLE_LINE.test(plain) ||
    MINUTES_OF_THE_MEETING.test(plain) ||
    DATE_LINE.test(plain) ||
    DATE_FIELD.test(plain) ||
    TIME_FIELD.test(plain) ||
    VENUE.test(plain) ||
    CONTACT.test(plain) ||
    OTHER_HEADER_LINE.test(plain) ||
    ATTENDANCE_LINE.test(plain)
  );
}

/** A short line standing before the page's headings: a site's name, a breadcrumb. */
function isStrayLine(unit: Unit): boolean {
  return unit.leadPlain.length <= 80 && unit.listLines.length === 0;
}

const PAGE_TITLE_HEADING =
  /^(agenda and minutes|agenda and draft minutes|agenda,? decisions and minutes|agenda and decisions|meeting documents)$/i;

/** Whether a meeting's title, date line or the page's own heading follows within a few lines. */
function headingFollows(units: readonly Unit[], from: number): boolean {
  return units
    .slice(from, from + 3)
    .some(
      (unit) =>
        TITLE_LINE.test(unit.leadPlain) ||
        MINUTES_OF_THE_MEETING.test(unit.leadPlain) ||
        isDateLine(unit) ||
        PAGE_TITLE_HEADING.test(unit.leadPlain),
    );
}

/** The meeting's date on a line of its own, bare or as a "Date:" field. */
const isDateLine = (unit: Unit | undefined) => unit !== undefined && (DATE_LINE.test(unit.leadPlain) || DATE_FIELD.test(unit.leadPlain));

/**
 * How many units the header takes when the page prints no "No. Item" heading: the header lines,
 * the body's name on a line of its own above a date line, and a few stray lines (a site's name, a
 * breadcrumb) before the page's headings.
 */
function headerLength(units: readonly Unit[]): number {
  let count = 0;
  let stray = 0;
  while (count < units.length) {
    const unit = units[count]!;
    if (isHeaderLine(unit)) {
      count += 1;
      continue;
    }
    const nameAboveDate = isDateLine(units[count + 1]);
    if (isStrayLine(unit) && (nameAboveDate || (stray < 3 && count < 3 && headingFollows(units, count + 1)))) {
      count += 1;
      stray += 1;
      continue;
    }
    break;
  }
  return count;
}

/** Lines of a site's menus are short; the page's own heading comes after them. */
const MENU_LINE_LENGTH = 80;
const MENU_SEARCH_UNITS = 40;

/**
 * How many units of a site's menus stand before the page's heading: a run of short lines ending
 * where the meeting's title, its date line or the page's own heading ("Agenda and minutes")
 * begins. None when the page starts with its heading, or when a longer line comes first.
 */
function siteFurnitureLength(units: readonly Unit[]): number {
  const heading = units
    .slice(0, MENU_SEARCH_UNITS)
    .findIndex(
      (unit) =>
        TITLE_LINE.test(unit.leadPlain) ||
        MINUTES_OF_THE_MEETING.test(unit.leadPlain) ||
        isDateLine(unit) ||
        TIME_FIELD.test(unit.leadPlain) ||
        VENUE.test(unit.leadPlain) ||
        CONTACT.test(unit.leadPlain) ||
        PAGE_TITLE_HEADING.test(unit.leadPlain),
    );
  if (heading < 4) return 0;
  const before = units.slice(0, heading);
  if (!before.every((unit) => unit.plain.length <= MENU_LINE_LENGTH)) return 0;
  // The body's name on a line of its own above the date line belongs to the header.
  return isDateLine(units[heading]) ? heading - 1 : heading;
}

/**
 * The page's header: what the meeting page prints above the items. It ends at the "No. Item"
 * heading when there is one; otherwise it is the run of lines that read as header lines.
 */
export function readHeader(units: readonly Unit[]): HeaderReading {
  const furniture = siteFurnitureLength(units);
  const page = units.slice(furniture);
  const listHeading = page.slice(0, 15).findIndex((unit) => ITEM_LIST_HEADING.test(unit.leadPlain));
  const count = listHeading >= 0 ? listHeading + 1 : headerLength(page);
  const headerUnits = page.slice(0, count);
  if (headerUnits.length === 0) return { unitCount: 0, notes: [] };

  const notes: { value: string; lines: LineSpan }[] = [];
  if (furniture > 0) {
    notes.push({
      value: `${furniture} short lines before the page's heading (the site's menus) are not part of the minutes and are ignored`,
      lines: spanOf(units[0]!.lines, units[furniture - 1]!.lines),
    });
  }
  const header: Partial<{ -readonly [K in keyof MeetingHeader]: MeetingHeader[K] }> = {};
  headerUnits.forEach((unit, index) => {
    const plain = unit.plain;
    const dateLine = DATE_LINE.exec(plain) ?? DATE_FIELD.exec(plain);
    const timeField = TIME_FIELD.exec(plain);
    const previous = headerUnits[index - 1];
    // "Cumbria Health and Wellbeing Board" above "Thursday, 18th April, 2019 10.00 am".
    const namedAbove = dateLine && previous && !isHeaderLine(previous) ? previous : undefined;
    const title = TITLE_LINE.exec(plain) ?? MINUTES_OF_THE_MEETING.exec(plain) ?? dateLine;
    const venue = VENUE.exec(plain);
    const contact = CONTACT.exec(plain);
    if (title) {
      const date = dateFromParts(title[2]!, title[3]!, title[4]!);
      if (!date) {
        throw new MinutesFormatError('INVALID_HEADER_DATE', unit.lines.from, `"${title[2]} ${title[3]} ${title[4]}" is not a date`);
      }
      if (namedAbove) {
        header.bodyName = { value: withoutFinalFullStop(namedAbove.text.trim()), lines: namedAbove.lines };
        const understood = notes.findIndex((note) => note.lines.from === namedAbove.lines.from);
        if (understood >= 0) notes.splice(understood, 1);
      } else if (title[1]) {
        header.bodyName = { value: unit.text.slice(0, title[1]!.length).trim(), lines: unit.lines };
      }
      header.date = { value: date, lines: unit.lines };
      const printedTime = startTimeOf(title);
      if (printedTime) {
        if (printedTime.time) header.time = { value: printedTime.time, lines: unit.lines };
        else notes.push({ value: `the time "${printedTime.printed}" is not a time of day`, lines: unit.lines });
      }
    } else if (timeField) {
      const printedTime = startTimeOf(timeField);
      if (printedTime?.time) header.time = { value: printedTime.time, lines: unit.lines };
      else notes.push({ value: `the time "${printedTime?.printed ?? unit.lead}" is not a time of day`, lines: unit.lines });
    } else if (venue) {
      header.location = { value: locationFrom(unit.text.slice(unit.text.length - venue[1]!.length)), lines: unit.lines };
    } else if (contact) {
      const details = contactFrom(unit.text.slice(unit.text.length - contact[1]!.length));
      if (details) header.contact = { value: details, lines: unit.lines };
      else notes.push({ value: 'the contact line names nobody', lines: unit.lines });
    } else if (ATTENDANCE_LINE.test(plain)) {
      notes.push({ value: 'the list of who attended is not recorded', lines: unit.lines });
    } else if (PAGE_HEADING.test(plain) || ITEM_LIST_HEADING.test(plain)) {
      if (!ITEM_LIST_HEADING.test(plain) && !/^items?$/i.test(plain)) header.heading ??= withoutFinalFullStop(unit.leadPlain);
    } else {
      notes.push({ value: `header line not understood, ignored: "${unit.lead}"`, lines: unit.lines });
    }
  });
  const lines = spanOf(headerUnits[0]!.lines, ...headerUnits.map((unit) => unit.lines));
  const understood =
    header.date !== undefined || header.location !== undefined || header.contact !== undefined || header.heading !== undefined;
  return { header: understood ? { lines, ...header } : undefined, unitCount: furniture + count, notes };
}

/** What some councils add after the venue: " - The public are encouraged to attend remotely …", " - watch here: https://…". */
const VENUE_ADDENDUM = /\s+[-\u2013]\s+(?=.*(?:\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b|https?:\/\/)).*$/;

/** The start time of a title or date line: 12-hour (groups 5–7), 24-hour (8–9) or noon (10). */
function startTimeOf(title: RegExpExecArray): { printed: string; time?: LocalTime } | undefined {
  if (title[5]) {
    const time = timeFromParts(title[5], title[6], title[7]!);
    return { printed: `${title[5]}${title[6] ? `.${title[6]}` : ''}`, ...(time && { time }) };
  }
  if (title[8]) {
    const hours = Number(title[8]);
    const minutes = Number(title[9]);
    return { printed: `${title[8]}:${title[9]}`, ...(hours <= 23 && minutes <= 59 && { time: { hours, minutes } }) };
  }
  if (title[10]) return { printed: title[10], time: { hours: 12, minutes: 0 } };
  return undefined;
}

function locationFrom(text: string): PrintedLocation {
  const venue = withoutFinalFullStop(
    text
      .replace(/\.?\s*view directions\.?\s*$/i, '')
      .replace(VENUE_ADDENDUM, '')
      .trim(),
  );
  return ONLINE.test(venue) ? { kind: 'online', platform: venue } : { kind: 'venue', venue };
}

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const TELEPHONE = /\(?\s*(?:tel(?:ephone)?|phone)\.?\s*:?\s*(\+?[\d][\d\s-]{5,}\d)\s*\)?/i;
/** A telephone number printed without a label: "0116 272 7640", "01572 720991". */
const BARE_TELEPHONE = /(?:^|\s)(\+?\d[\d\s-]{5,}\d)(?=\s|$)/;
/** A job title printed after the name: "Senior Democratic Services Officer", "Governance Advisor". */
const JOB_TITLE =
  /^(?:(?:[A-Z][\w&'-]*|and|of|&)\s+){0,5}(?:Officer|Manager|Advis[oe]r|Clerk|Co-?ordinator|Secretary|Assistant|Administrator|Support|Lead)\b/;

/** The name on a contact line: before its telephone, email, a comma, two spaces or the job title after it. */
function contactName(printed: string): string {
  // "Licensing Committee Clerk: Fern Adebayo": the office, then the person holding it.
  const office = /^[A-Z][^:]{2,60}:\s+(?=[A-Z][a-z])/.exec(printed);
  const text = office && !/^e-?mail\b|^tel/i.test(printed) ? printed.slice(office[0].length) : printed;
  let name = text.split(/\(|\btel(?:ephone)?\b\.?|\bphone\b|\bemail\b|\be-mail\b|,|;|\s-\s|\s{2,}/i)[0]!.replace(EMAIL, '');
  const bare = BARE_TELEPHONE.exec(name);
  if (bare) name = name.slice(0, bare.index);
  const words = name.trim().split(/\s+/);
  // "Kirsty Example Democratic Services Officer": the person is the words before the job title.
  const titleAt = words.findIndex((_, at) => at >= 2 && JOB_TITLE.test(words.slice(at).join(' ')));
  return (titleAt > 0 ? words.slice(0, titleAt) : words).join(' ').trim();
}

function contactFrom(text: string): ContactDetails | undefined {
  const email = EMAIL.exec(text)?.[0];
  const telephone = (TELEPHONE.exec(text)?.[1] ?? BARE_TELEPHONE.exec(text.replace(EMAIL, ''))?.[1])?.replace(/\s+/g, ' ');
  const name = contactName(text);
  if (name === '') return undefined;
  return { name, ...(telephone && { telephone }), ...(email && { email }) };
}
