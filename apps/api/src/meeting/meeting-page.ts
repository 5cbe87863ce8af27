import type { MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn } from '@ledger/domain';
import type { ReadModelRepository } from '../read-models/read-model.repository';
import { type Connection, decodeCursor, pageOf } from '../shared/connection';
import type { DateRangePageArgs } from '../shared/page.args';
import type { Meeting } from './meeting.model';
import { toMeeting } from './meeting-view';

interface MeetingCursor {
  heldOn: string;
  meetingId: string;
}

const isMeetingCursor = (value: unknown): value is MeetingCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as MeetingCursor).heldOn === 'string' &&
  typeof (value as MeetingCursor).meetingId === 'string';

export async function meetingPage(repository: ReadModelRepository, bodyId: string, args: DateRangePageArgs): Promise<Connection<Meeting>> {
  const after = decodeCursor(args.after, isMeetingCursor);
  const states = await repository.meetingPage({ bodyId, from: args.from, to: args.to, after, limit: args.first + 1 });
  const scheduled = states.filter((state): state is ScheduledMeeting => state.status !== 'not-scheduled');
  return pageOf<ScheduledMeeting, Meeting>(
    scheduled,
    args.first,
    (state) => toMeeting(state),
    (state) => ({
      heldOn: heldOn(state),
      meetingId: state.meetingId,
    }),
    after,
  );
}

export const asScheduled = (state: MeetingState | undefined): ScheduledMeeting | undefined =>
  state && state.status !== 'not-scheduled' ? state : undefined;
