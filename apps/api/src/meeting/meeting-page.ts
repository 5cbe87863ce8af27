import type { MeetingState, ScheduledMeeting } from '@ledger/domain';
import { heldOn } from '@ledger/domain';
import type { ReadModelRepository } from '../read-models/read-model.repository';
import { type KeysetConnection, keysetPage, keysetWindow } from '../shared/connection';
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

export async function meetingPage(
  repository: ReadModelRepository,
  bodyId: string,
  args: DateRangePageArgs,
): Promise<KeysetConnection<Meeting>> {
  const window = keysetWindow(args, isMeetingCursor);
  const filter = { bodyId, from: args.from, to: args.to };
  const states = await repository.meetingPage({ ...filter, ...window, limit: window.limit + 1 });
  const scheduled = states.filter((state): state is ScheduledMeeting => state.status !== 'not-scheduled');
  return keysetPage<ScheduledMeeting, Meeting, MeetingCursor>(
    scheduled,
    window,
    (state) => toMeeting(state),
    (state) => ({ heldOn: heldOn(state), meetingId: state.meetingId }),
    () => repository.countMeetings(filter),
  );
}

export const asScheduled = (state: MeetingState | undefined): ScheduledMeeting | undefined =>
  state && state.status !== 'not-scheduled' ? state : undefined;
