import type { ExpectedRevision, StreamRevision } from './event-store.port';

export function describeRevision(revision: ExpectedRevision | StreamRevision | undefined): string {
  if (revision === undefined) return 'no stream';
  if (typeof revision === 'bigint') return revision.toString();
  return revision.replace('_', ' ');
}

/** Any append that lost a race or contradicts what is already recorded. */
export abstract class EventStoreConflictError extends Error {
  abstract readonly code: string;
}

export class WrongExpectedRevisionError extends EventStoreConflictError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** undefined when the stream does not exist. */
    readonly actual: StreamRevision | undefined,
  ) {
    super(`Stream "${streamId}": expected revision ${describeRevision(expected)}, ` + `but the stream is at ${describeRevision(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export class DuplicateEventIdError extends EventStoreConflictError {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(
    readonly eventId: string,
    readonly attemptedStreamId: string,
    readonly recordedStreamId: string,
    readonly recordedRevision: StreamRevision,
  ) {
    super(
      `Event ${eventId} is already recorded in stream "${recordedStreamId}" at revision ` +
        `${recordedRevision}; it cannot be appended again to "${attemptedStreamId}" at another place`,
    );
    this.name = 'DuplicateEventIdError';
  }
}

/** The stream was deleted in the store (by an operator: the ledger deletes nothing), so it takes no events. */
export class StreamDeletedConflictError extends EventStoreConflictError {
  readonly code = 'STREAM_DELETED';
  constructor(readonly streamId: string) {
    super(`Stream "${streamId}" was deleted in the event store and takes no more events`);
    this.name = 'StreamDeletedConflictError';
  }
}

export class InvalidAppendError extends Error {
  readonly code = 'INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}

export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
