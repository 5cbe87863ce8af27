import { violation } from '../shared/domain-error';
import { instantOf, localDateOf, requireDateTime, requireText, type IsoDateTime } from '../shared/values';
import type { ItemKind } from './agenda-item';
import { agendaItem, heldOn, type AgendaEntry, type ScheduledMeeting } from './meeting.state';

export function refuseIfCancelled(meeting: ScheduledMeeting): void {
  if (meeting.status === 'cancelled') {
    throw violation(
      'MEETING_CANCELLED',
      `The meeting ${meeting.meetingId} was cancelled (${meeting.cancellation?.reason ?? 'no reason given'})`,
      {
        meetingId: meeting.meetingId,
      },
    );
  }
}

/** The agenda and the date can change until the meeting closes. */
export function requireAgendaOpen(meeting: ScheduledMeeting): void {
  refuseIfCancelled(meeting);
  if (meeting.endedAt !== undefined) {
    throw violation('MEETING_CLOSED', `The meeting ${meeting.meetingId} closed at ${meeting.endedAt}`, {
      meetingId: meeting.meetingId,
    });
  }
}

/**
 * Business of a meeting can be recorded once it has started, by the command's own clock: minutes are
 * often typed up days after the meeting closed, which is why closing does not stop them.
 */
export function requireHeld(meeting: ScheduledMeeting, recordedAt: IsoDateTime): void {
  refuseIfCancelled(meeting);
  requireDateTime('recordedAt', recordedAt);
  // With only the day known, the meeting may have started at any time that day.
  const notYet =
    meeting.startsAt !== undefined ? instantOf(recordedAt) < instantOf(meeting.startsAt) : localDateOf(recordedAt) < heldOn(meeting);
  if (notYet) {
    const start = meeting.startsAt ?? heldOn(meeting);
    throw violation(
      'MEETING_NOT_YET_HELD',
      `The meeting ${meeting.meetingId} starts at ${start}; nothing can be recorded as done at it at ${recordedAt}`,
      { meetingId: meeting.meetingId, startsAt: start, recordedAt },
    );
  }
}

export function requireLiveItem(meeting: ScheduledMeeting, itemNumber: string, field = 'itemNumber'): AgendaEntry {
  requireText(field, itemNumber);
  const item = agendaItem(meeting, itemNumber);
  if (!item) {
    throw violation('ITEM_NOT_ON_AGENDA', `Item ${itemNumber} is not on the agenda of ${meeting.meetingId}`, {
      meetingId: meeting.meetingId,
      itemNumber,
    });
  }
  if (item.withdrawn) {
    throw violation('ITEM_WITHDRAWN', `Item ${itemNumber} was withdrawn from the agenda (${item.withdrawn.reason})`, {
      meetingId: meeting.meetingId,
      itemNumber,
    });
  }
  return item;
}

export function requireItemOfKind(meeting: ScheduledMeeting, itemNumber: string, kind: ItemKind): AgendaEntry {
  const item = requireLiveItem(meeting, itemNumber);
  if (item.kind !== kind) {
    throw violation('ITEM_KIND_MISMATCH', `Item ${itemNumber} is ${item.kind}, but this is done under an item of kind ${kind}`, {
      itemNumber,
      expected: kind,
      actual: item.kind,
    });
  }
  return item;
}
