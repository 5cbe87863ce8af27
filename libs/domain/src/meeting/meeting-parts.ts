import { InvalidValue } from '../shared/domain-error';
import { requireText, requireTextIfGiven } from '../shared/values';

/** A meeting room, or a platform for a virtual meeting ("Microsoft Teams"). */
export type MeetingLocation = { readonly kind: 'venue'; readonly venue: string } | { readonly kind: 'online'; readonly platform: string };

export interface ContactOfficer {
  readonly name: string;
  readonly telephone?: string;
  readonly email?: string;
}

export interface Attendee {
  readonly name: string;
  readonly role?: string;
  readonly organisation?: string;
}

export interface Attendance {
  readonly present: readonly Attendee[];
  readonly apologies: readonly Attendee[];
  /** Officers and guests who attended without being members. */
  readonly inAttendance: readonly Attendee[];
}

export const INTEREST_NATURES = [
  'personal',
  'prejudicial',
  'disclosable-pecuniary',
  'other-registrable',
  'non-registrable',
  // Codes of conduct that divide interests into pecuniary and non-pecuniary, as some councils' still do.
  'non-pecuniary',
  // The minutes record a declaration without saying what kind of interest it is.
  'not-stated',
] as const;
export type InterestNature = (typeof INTEREST_NATURES)[number];

/** What a declaration is in, when it is not one item of the meeting. */
export const DECLARATION_SCOPES = ['all-items', 'not-on-this-page', 'not-stated'] as const;
export type DeclarationScope = (typeof DECLARATION_SCOPES)[number];

/** What an exclusion covers when its items are not among the meeting's recorded items. */
export interface ExcludedBusiness {
  /**
   * The minutes' own words for the business ("the following item of business"), given only when
   * `forItemNumbers` is empty: a page that shows the exclusion but not what followed it.
   */
  readonly forBusinessAsPrinted?: string;
}

export interface DeclarationOfInterest {
  readonly member: string;
  /** The item the interest is in (which need not be the item it was declared under). */
  readonly concerningItemNumber?: string;
  /**
   * Without an item: an interest in all the items, in an item the minutes name but do not hold
   * ("agenda item 12" of a page cut short), or in nothing the minutes say.
   */
  readonly concerning?: DeclarationScope;
  /** The item as the minutes name it, when it is not on the page ("agenda item 12"). */
  readonly concerningAsPrinted?: string;
  readonly nature: InterestNature;
  readonly detail?: string;
}

/** A person who presented an item (or was listed to), as the minutes name them. */
export interface Presenter {
  readonly name: string;
  readonly role?: string;
}

/**
 * Where a text of the minutes stands. `publishedAtSource`: the source printed it publicly (an
 * imported minutes page), so it is public even under an exempt item. `truncatedAtSource`: the
 * source printed only its start ("… view the full minutes text").
 */
export interface TextOrigin {
  readonly publishedAtSource?: boolean;
  readonly truncatedAtSource?: boolean;
}

export interface MinutePoint {
  /** Lower-case roman numeral, as printed: `i`, `ii`, `iii` … */
  readonly label: string;
  readonly text: string;
}

export interface MinuteCorrectionRequest {
  readonly itemNumber: string;
  readonly point?: string;
  /** The paragraph of the minute the correction names ("Minute 9, paragraph 3"), counted from 1 as printed. */
  readonly paragraph?: number;
  readonly correctedText: string;
  /** The words of the minute the correction replaces, when the minutes name them ("'Smyth' should read 'Smith'"). */
  readonly replacedText?: string;
}

export function requireLocation(location: MeetingLocation): MeetingLocation {
  switch (location?.kind) {
    case 'venue':
      requireText('location.venue', location.venue);
      return location;
    case 'online':
      requireText('location.platform', location.platform);
      return location;
    default:
      throw new InvalidValue('UNKNOWN_CHOICE', 'location.kind', 'A meeting is held at a venue or online');
  }
}

export function requireContactOfficer(contact: ContactOfficer): ContactOfficer {
  requireText('contactOfficer.name', contact?.name);
  requireTextIfGiven('contactOfficer.telephone', contact.telephone);
  requireTextIfGiven('contactOfficer.email', contact.email);
  return contact;
}

/** People are matched by name as the minutes print it, ignoring case and spacing. */
export function samePerson(a: string, b: string): boolean {
  const normalise = (name: string) =>
    name
      .toLowerCase()
      .replace(/[.\s]+/g, ' ')
      .trim();
  return normalise(a) === normalise(b);
}

export function romanNumeral(position: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let remaining = position;
  let result = '';
  for (const [value, numeral] of numerals) {
    while (remaining >= value) {
      result += numeral;
      remaining -= value;
    }
  }
  return result;
}
