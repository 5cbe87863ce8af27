import { ConnectionOf } from '../shared/connection';
import { Meeting } from './meeting.model';

export const MeetingConnection = ConnectionOf(Meeting, 'MeetingConnection', 'Meetings in date order, a page at a time.');
