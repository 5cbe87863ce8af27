import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything about it but the store's own clock and global position. */
export interface HashedContent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  /** The metadata as stored, including `previousHash`; a `hash` field in it is left out. */
  readonly metadata: Readonly<Record<string, unknown>>;
}

/**
 * SHA-256, in lower-case hex, of the canonical JSON of
 * `{ data, id, metadata (without hash), revision (decimal string), streamId, type }`.
 * Each event's metadata carries `previousHash` (the hash of the event before it in its stream, or
 * GENESIS_HASH), so the hashes form a chain per stream: changing, removing or reordering any
 * event breaks every hash after it.
 */
export function eventHash(content: HashedContent): string {
  const { hash: _ignored, ...metadata } = content.metadata;
  const canonical = canonicalJson({
    data: content.data,
    id: content.id.toLowerCase(),
    metadata,
    revision: content.revision.toString(),
    streamId: content.streamId,
    type: content.type,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Adds `previousHash` and `hash` to the metadata of events about to be appended to a stream. */
export function chainEvents<Event extends { id: string; type: string; data: unknown; metadata?: Record<string, unknown> }>(
  streamId: string,
  firstRevision: bigint,
  previousHash: string,
  events: readonly Event[],
): Event[] {
  let previous = previousHash;
  return events.map((event, index) => {
    const metadata = { ...event.metadata, previousHash: previous };
    const hash = eventHash({
      streamId,
      revision: firstRevision + BigInt(index),
      id: event.id,
      type: event.type,
      data: event.data,
      metadata,
    });
    previous = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}

/** The hash a stream's next event must name as its previous: its last event's, or the genesis hash. */
export function headHash(last: { readonly metadata: Readonly<Record<string, unknown>> } | undefined): string {
  const hash = last?.metadata.hash;
  return typeof hash === 'string' ? hash : GENESIS_HASH;
}
