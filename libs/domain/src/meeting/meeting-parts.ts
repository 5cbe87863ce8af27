import { InvalidValue } from '../shared/domain-error';
import { requireText } from '../shared/values';

/** A meeting room, or a platform for a virtual meeting ("Microsoft Teams"). */
export type MeetingLocation =
  | { readonly kind: 'venue'; readonly venue: string }
  | { readonly kind: 'online'; readonly platform: string };

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
] as const;
export type InterestNature = (typeof INTEREST_NATURES)[number];

export interface DeclarationOfInterest {
  readonly member: string;
  /** The agenda item the interest is in (which need not be the declarations item itself). */
  readonly concerningItemNumber: string;
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
  readonly correctedText: string;
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
  return contact;
}

/** People are matched by name as the minutes print it, ignoring case and spacing. */
export function samePerson(a: string, b: string): boolean {
  const normalise = (name: string) => name.toLowerCase().replace(/[.\s]+/g, ' ').trim();
  return normalise(a) === normalise(b);
}

export function romanNumeral(position: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
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
