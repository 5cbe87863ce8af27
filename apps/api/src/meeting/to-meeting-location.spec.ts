import { plainToInstance } from 'class-transformer';
import { MeetingLocationInput } from './meeting-location.input';
import { toMeetingLocation } from './to-meeting-location';

const location = (input: object) => toMeetingLocation(plainToInstance(MeetingLocationInput, input));

describe('meeting location input to the domain', () => {
  it("maps a venue and an online platform to the domain's two kinds of place", () => {
    expect(location({ venue: 'Sparkenhoe Committee Room, County Hall, Glenfield' })).toEqual({
      kind: 'venue',
      venue: 'Sparkenhoe Committee Room, County Hall, Glenfield',
    });
    expect(location({ onlinePlatform: 'Microsoft Teams', venue: null })).toEqual({ kind: 'online', platform: 'Microsoft Teams' });
  });
});
