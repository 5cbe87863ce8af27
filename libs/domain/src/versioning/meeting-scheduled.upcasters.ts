import type { MeetingScheduled } from '../meeting/meeting.events';
import type { ContactOfficer, MeetingLocation } from '../meeting/meeting-parts';

/**
 * Version 1 of MeetingScheduled kept the header lines of the minutes page as printed:
 * `Venue: Microsoft Teams` and `Contact: Euan Walters (Tel. 0116 305 2583) Email. euan.walters@leics.gov.uk`.
 * Version 2 tells a virtual meeting from a room and splits the contact into name, telephone and email.
 */
export interface MeetingScheduledV1 {
  meetingId: string;
  bodyId: string;
  startsAt: string;
  venue: string;
  contact: string;
}

const ONLINE_PLATFORMS = /^(microsoft teams|teams|zoom|skype|webex|virtual|online)\b/i;
const TELEPHONE = /\(\s*Tel\.?\s*([^)]+?)\s*\)/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export function locationFromVenue(venue: string): MeetingLocation {
  const trimmed = venue.trim().replace(/\.?\s*View directions\s*$/i, '');
  return ONLINE_PLATFORMS.test(trimmed) ? { kind: 'online', platform: trimmed } : { kind: 'venue', venue: trimmed };
}

export function contactOfficerFromText(contact: string): ContactOfficer {
  const telephone = TELEPHONE.exec(contact)?.[1];
  const email = EMAIL.exec(contact)?.[0];
  const name = contact.split(/[(]|\bEmail\b/i)[0]!.trim();
  return { name, ...(telephone && { telephone }), ...(email && { email }) };
}

export function meetingScheduledV1ToV2(data: MeetingScheduledV1): MeetingScheduled['data'] {
  return {
    meetingId: data.meetingId,
    bodyId: data.bodyId,
    startsAt: data.startsAt,
    location: locationFromVenue(data.venue),
    contactOfficer: contactOfficerFromText(data.contact),
  };
}
