import { randomUUID } from 'node:crypto';
import { type AggregateKind, foldEvents, routeCommand, schemaVersionOf, toDomainEvent } from '@ledger/domain';
import {
  DuplicateEventIdError,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '@ledger/event-store';
import { commandDigest } from './command-digest';
import { CommandIdReusedError } from './command-id-reused.error';
import { EVERY_BODY, OutsideBodyScopeError } from './outside-body-scope.error';
import { requireOwnMeetings } from './cited-meetings';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { eventIdFor } from './deterministic-id';
import { eventMetadata, schemaVersionIn } from './event-metadata';
import { chainEvents, headHash } from './integrity/hash-chain';
import { readWholeStream } from './read-whole-stream';

export interface ExecuteCommandOptions {
  /** How many times a command without an expected revision is re-decided after losing a race. */
  readonly maxAttempts?: number;
}

/**
 * Enough for every one of dozens of simultaneous writers to one stream to get its turn: each round
 * of a race has a winner, and the losers' growing, random pauses keep them from colliding again.
 */
const DEFAULT_ATTEMPTS = 40;
const RETRY_PAUSE_MS = 2;
const MAX_RETRY_PAUSE_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The write path: read the aggregate's stream, fold it, decide, append expecting the revision that
 * was read. Throws the decider's DomainError, WrongExpectedRevisionError, or CommandIdReusedError;
 * in every case nothing is written.
 */
export async function executeCommand(
  store: EventStore,
  envelope: CommandEnvelope,
  options: ExecuteCommandOptions = {},
): Promise<CommandResult> {
  const route = routeCommand(envelope.command);
  const commandId = envelope.commandId ?? randomUUID();
  const attempts = envelope.expectedRevision === undefined ? (options.maxAttempts ?? DEFAULT_ATTEMPTS) : 1;

  for (let attempt = 1; ; attempt++) {
    const recorded = await readWholeStream(store, route.streamId);
    const earlier = recorded.filter((event) => event.metadata.commandId === commandId);
    if (earlier.length > 0) {
      if (earlier[0].metadata.commandDigest !== commandDigest(envelope.command)) throw new CommandIdReusedError(commandId);
      return resultOf(commandId, route.streamId, earlier, true);
    }

    const head = recorded.length > 0 ? recorded[recorded.length - 1].revision : undefined;
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== head) {
      throw new WrongExpectedRevisionError(route.streamId, envelope.expectedRevision, head);
    }

    const history = recorded.map((event) => toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data));
    const state = foldEvents(route.decider, history);
    if (envelope.bodyScope) checkBodyScope(envelope, route.aggregate, state);
    if (attempt === 1) await requireOwnMeetings(store, envelope.command, bodyOf(envelope.command, state));
    const decided = route.decider.decide(envelope.command, state);
    if (decided.length === 0) {
      return { commandId, streamId: route.streamId, revision: head, position: undefined, events: [], alreadyRecorded: false };
    }

    const unchained: EventToAppend[] = decided.map((event, index) => ({
      id: eventIdFor(commandId, index),
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: eventMetadata(envelope, commandId, schemaVersionOf(event.type)) as unknown as Record<string, unknown>,
    }));
    const toAppend = chainEvents(route.streamId, head === undefined ? 0n : head + 1n, headHash(recorded.at(-1)), unchained);
    try {
      const appended = await store.appendToStream(route.streamId, toAppend, head ?? 'no_stream');
      return {
        commandId,
        streamId: route.streamId,
        revision: appended.nextExpectedRevision,
        position: appended.position,
        events: toAppend.map(({ id, type }) => ({ id, type })),
        alreadyRecorded: appended.alreadyRecorded === true,
      };
    } catch (error) {
      if (error instanceof DuplicateEventIdError) throw new CommandIdReusedError(commandId);
      if (error instanceof WrongExpectedRevisionError && attempt < attempts) {
        await pause(Math.random() * Math.min(MAX_RETRY_PAUSE_MS, RETRY_PAUSE_MS * 2 ** attempt));
        continue;
      }
      throw error;
    }
  }
}

/** The body a command acts on: named in the command, or held by the aggregate it acts on. */
function bodyOf(command: CommandEnvelope['command'], state: unknown): string | undefined {
  const named = (command.data as { bodyId?: unknown }).bodyId;
  if (typeof named === 'string') return named;
  const held = (state as { bodyId?: unknown }).bodyId;
  return typeof held === 'string' ? held : undefined;
}

function checkBodyScope(envelope: CommandEnvelope, aggregate: AggregateKind, state: unknown): void {
  // Who is who holds across bodies: only a caller who records for every body decides it.
  if (aggregate === 'people') throw new OutsideBodyScopeError(envelope.principal.id, EVERY_BODY);
  const bodyId = bodyOf(envelope.command, state);
  // A command on an aggregate that does not exist yet names no body: the decider refuses it anyway.
  if (bodyId !== undefined && !envelope.bodyScope!.includes(bodyId)) {
    throw new OutsideBodyScopeError(envelope.principal.id, bodyId);
  }
}

function resultOf(commandId: string, streamId: string, events: RecordedEvent[], alreadyRecorded: boolean): CommandResult {
  const last = events[events.length - 1];
  return {
    commandId,
    streamId,
    revision: last.revision,
    position: last.position,
    events: events.map(({ id, type }) => ({ id, type })),
    alreadyRecorded,
  };
}
