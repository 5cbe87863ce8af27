import { InvalidAppendError } from './errors';
import type { EventToAppend, ExpectedRevision } from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks shared by every adapter, so that each rejects the same appends with the same error. */
export function validateAppend(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): void {
  if (typeof streamId !== 'string' || streamId.trim() === '' || streamId.startsWith('$')) {
    throw new InvalidAppendError(`Invalid stream id "${streamId}"`);
  }
  if (events.length === 0) {
    throw new InvalidAppendError(`Nothing to append to stream "${streamId}"`);
  }
  if (typeof expectedRevision === 'bigint' && expectedRevision < 0n) {
    throw new InvalidAppendError(`Expected revision must not be negative (got ${expectedRevision})`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.id)) {
      throw new InvalidAppendError(`Event id "${event.id}" is not a UUID`);
    }
    const id = event.id.toLowerCase();
    if (seen.has(id)) throw new InvalidAppendError(`Event id ${event.id} appears twice in one append`);
    seen.add(id);
    if (typeof event.type !== 'string' || event.type.trim() === '') {
      throw new InvalidAppendError(`Event ${event.id} has no type`);
    }
    if (!isPlainObject(event.data) || (event.metadata !== undefined && !isPlainObject(event.metadata))) {
      throw new InvalidAppendError(`Event ${event.id}: data and metadata must be JSON objects`);
    }
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
