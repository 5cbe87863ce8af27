import { plainToInstance } from 'class-transformer';
import { MeetingLocationInput } from './meeting-location.input';
import { toMeetingLocation } from './to-meeting-location';

const location = (input: object) => toMeetingLocation(plainToInstance(MeetingLocationInput, input));

describe('meeting location input to the domain', () => {
  it("maps a venue and an online platform to the domain's two kinds of place", () => {
    expect(location({ venue: 'Kestrel Committee Room, Shire Hall, Northshire' })).toEqual({
      kind: 'venue',
      venue: 'Kestrel Committee Room, Shire Hall, Northshire',
    });
    expect(location({ onlinePlatform: 'Microsoft Teams', venue: null })).toEqual({ kind: 'online', platform: 'Microsoft Teams' });
  });
});
