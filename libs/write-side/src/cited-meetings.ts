import { foldEvents, isMeetingIdOf, meetingDecider, streamIdFor, toDomainEvent, type DomainCommand } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { schemaVersionIn } from './event-metadata';
import { ForeignMeetingCitedError } from './foreign-meeting-cited.error';
import { readWholeStream } from './read-whole-stream';

/** Where commands cite a meeting: the decision behind a change, what raised or fulfilled a follow-up, an action's note. */
const CITING_FIELDS = ['decision', 'raisedBy', 'fulfilledBy', 'notedAt', 'source'] as const;

function citedMeetingIds(command: DomainCommand): string[] {
  const data = command.data as Record<string, unknown>;
  const cited = CITING_FIELDS.map((field) => (data[field] as { meetingId?: unknown } | undefined)?.meetingId).filter(
    (meetingId): meetingId is string => typeof meetingId === 'string',
  );
  if (command.type === 'ConfirmPreviousMinutes') cited.push(command.data.previousMeetingId);
  return [...new Set(cited)];
}

/**
 * A body's decisions are made at its own meetings: a command for one body may not cite another's
 * meeting (through which a member could read that body's exempt business). A meeting the ledger
 * holds must be the body's; one it does not hold yet must have an id of the body's.
 */
export async function requireOwnMeetings(store: EventStore, command: DomainCommand, bodyId: string | undefined): Promise<void> {
  if (bodyId === undefined) return;
  for (const meetingId of citedMeetingIds(command)) {
    const recorded = await readWholeStream(store, streamIdFor('meeting', meetingId));
    const meeting = foldEvents(
      meetingDecider,
      recorded.map((event) => toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data)),
    ) as { bodyId?: string };
    if (meeting.bodyId === bodyId || (meeting.bodyId === undefined && isMeetingIdOf(bodyId, meetingId))) continue;
    throw new ForeignMeetingCitedError(bodyId, meetingId, meeting.bodyId);
  }
}
