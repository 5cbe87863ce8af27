import { DomainError, type DomainErrorCategory } from '@ledger/domain';
import { DuplicateEventIdError, EventStoreConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '@ledger/event-store';
import { CommandIdReusedError, ForeignMeetingCitedError, OutsideBodyScopeError } from '@ledger/write-side';
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DOMAIN_RULE_VIOLATED: 'DOMAIN_RULE_VIOLATED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

const CODE_BY_CATEGORY: Record<DomainErrorCategory, string> = {
  'invalid-value': ERROR_CODES.BAD_USER_INPUT,
  rule: ERROR_CODES.DOMAIN_RULE_VIOLATED,
  'not-found': ERROR_CODES.NOT_FOUND,
  conflict: ERROR_CODES.CONFLICT,
};

export interface ClientError {
  readonly error: GraphQLError;
  /** False for faults of ours: the client sees a plain message and the log keeps the detail. */
  readonly expected: boolean;
}

/**
 * Turns whatever a resolver threw into what a client may see. Only errors the ledger raises on
 * purpose keep their message; anything else becomes a plain internal error carrying the
 * correlation id, so no stack trace or internal message ever leaves the server.
 */
export function toClientError(thrown: unknown, correlationId: string): ClientError {
  const answer = (message: string, code: string, extensions: Record<string, unknown> = {}, expected = true) => ({
    error: new GraphQLError(message, { extensions: { code, correlationId, ...extensions } }),
    expected,
  });

  if (
    thrown instanceof GraphQLError &&
    typeof thrown.extensions?.code === 'string' &&
    thrown.extensions.code !== ERROR_CODES.INTERNAL_SERVER_ERROR
  ) {
    return answer(thrown.message, thrown.extensions.code, { ...thrown.extensions });
  }
  if (thrown instanceof DomainError) {
    return answer(thrown.message, CODE_BY_CATEGORY[thrown.category], { rule: thrown.code, ...thrown.details });
  }
  if (thrown instanceof WrongExpectedRevisionError) {
    return answer(thrown.message, ERROR_CODES.CONFLICT, {
      streamId: thrown.streamId,
      expectedRevision: typeof thrown.expected === 'bigint' ? thrown.expected.toString() : thrown.expected,
      actualRevision: thrown.actual?.toString() ?? null,
    });
  }
  if (thrown instanceof OutsideBodyScopeError) {
    return answer(thrown.message, 'FORBIDDEN', { bodyId: thrown.bodyId });
  }
  if (thrown instanceof ForeignMeetingCitedError) {
    return answer(thrown.message, ERROR_CODES.DOMAIN_RULE_VIOLATED, {
      rule: thrown.code,
      bodyId: thrown.bodyId,
      meetingId: thrown.meetingId,
    });
  }
  if (thrown instanceof CommandIdReusedError) {
    return answer(thrown.message, ERROR_CODES.CONFLICT, { commandId: thrown.commandId });
  }
  if (thrown instanceof DuplicateEventIdError) {
    return answer('These events are already recorded elsewhere in the ledger', ERROR_CODES.CONFLICT);
  }
  if (thrown instanceof EventStoreConflictError) {
    return answer(thrown.message, ERROR_CODES.CONFLICT, { reason: thrown.code });
  }
  if (thrown instanceof StoreUnavailableError) {
    return answer('The event store is unavailable; try again shortly', ERROR_CODES.STORE_UNAVAILABLE, {}, false);
  }
  return answer(`Internal error (correlation id ${correlationId})`, ERROR_CODES.INTERNAL_SERVER_ERROR, {}, false);
}
