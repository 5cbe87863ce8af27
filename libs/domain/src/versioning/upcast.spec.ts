import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import { foldEvents } from '../shared/decider';
import { EVENT_SCHEMA_VERSIONS } from './event-schema-versions';
import type { MeetingScheduledV1 } from './meeting-scheduled.upcasters';
import { EventSchemaError, toDomainEvent, upcast } from './upcast';

/** As an early importer wrote it from the header of the 29 September 2023 minutes page. */
const storedV1: MeetingScheduledV1 = {
  meetingId: 'northshire-scb-2023-09-29',
  bodyId: 'northshire-scb',
  startsAt: '2023-09-29T10:00:00+01:00',
  venue: 'Microsoft Teams',
  contact: 'Imogen Fairweather (Tel. 01632 960418)  Email.',
};

describe('Stored events are upcast to the version the deciders read', () => {
  it('every event type has a schema version', () => {
    expect(Object.values(EVENT_SCHEMA_VERSIONS).every((version) => Number.isInteger(version) && version >= 1)).toBe(true);
  });

  it('reads MeetingScheduled v1 as v2: a virtual meeting and a structured contact officer', () => {
    expect(upcast('MeetingScheduled', 1, storedV1)).toEqual({
      type: 'MeetingScheduled',
      version: 2,
      data: {
        meetingId: 'northshire-scb-2023-09-29',
        bodyId: 'northshire-scb',
        startsAt: '2023-09-29T10:00:00+01:00',
        location: { kind: 'online', platform: 'Microsoft Teams' },
        contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418' },
      },
    });
  });

  it('reads a v1 venue with its directions link and an email address (December 2018)', () => {
    const { data } = upcast('MeetingScheduled', 1, {
      ...storedV1,
      venue: 'Kestrel Committee Room, Shire Hall, Northshire. View directions',
      contact: 'Imogen Fairweather (Tel. 01632 960418)  Email.  imogen.fairweather@northshire.example',
    });
    expect(data).toMatchObject({
      location: { kind: 'venue', venue: 'Kestrel Committee Room, Shire Hall, Northshire' },
      contactOfficer: { name: 'Imogen Fairweather', telephone: '01632 960418', email: 'imogen.fairweather@northshire.example' },
    });
  });

  it('lets the decider fold an upcast v1 event like a fresh one', () => {
    const event = toDomainEvent('MeetingScheduled', 1, storedV1) as MeetingEvent;
    expect(foldEvents(meetingDecider, [event])).toMatchObject({ status: 'scheduled', location: { kind: 'online' } });
  });

  it('passes current versions through untouched', () => {
    const data = { meetingId: 'm', reason: 'Not quorate' };
    expect(upcast('MeetingCancelled', 1, data)).toEqual({ type: 'MeetingCancelled', version: 1, data });
  });

  it('refuses unknown types and versions from the future', () => {
    expect(() => upcast('MeetingAbolished', 1, {})).toThrow(EventSchemaError);
    expect(() => upcast('MeetingScheduled', 3, {})).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_EVENT_VERSION' }));
    expect(() => upcast('MeetingScheduled', 0, {})).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_EVENT_VERSION' }));
  });
});
