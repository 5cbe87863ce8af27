import { createHash } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { eventHash, GENESIS_HASH } from './hash-chain';

export type LedgerFault = 'changed' | 'missing' | 'out-of-order' | 'unhashed';

export interface BrokenLink {
  readonly streamId: string;
  /** The first revision at which the stream's chain does not hold. */
  readonly revision: bigint;
  readonly fault: LedgerFault;
  readonly detail: string;
}

export interface LedgerVerification {
  readonly events: number;
  readonly streams: number;
  /** The position verified up to. */
  readonly position?: bigint;
  /** SHA-256 over every stream's head at `position`: keep it, and later prove nothing before it was rewritten. */
  readonly digest: string;
  /** The first broken link, in log order; undefined when every chain holds. */
  readonly broken?: BrokenLink;
}

interface StreamHead {
  revision: bigint;
  hash: string;
}

/** The digest of a set of stream heads: SHA-256 of `streamId revision hash` lines, sorted by stream id. */
export function headsDigest(heads: ReadonlyMap<string, StreamHead>): string {
  const lines = [...heads.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([streamId, head]) => `${streamId} ${head.revision} ${head.hash}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}

/**
 * The hash the event should carry given what it and every event before it in its stream hold now:
 * its own content chained to the recomputed hash of the one before, whatever hashes they carry.
 */
export const chainedHash = (event: RecordedEvent, head: { readonly hash: string } | undefined) =>
  eventHash({
    streamId: event.streamId,
    revision: event.revision,
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, previousHash: head?.hash ?? GENESIS_HASH },
  });

function check(event: RecordedEvent, head: StreamHead | undefined, recomputed: string): BrokenLink | undefined {
  const expectedRevision = head ? head.revision + 1n : 0n;
  const at = (fault: LedgerFault, revision: bigint, detail: string): BrokenLink => ({ streamId: event.streamId, revision, fault, detail });
  if (event.revision > expectedRevision) {
    return at('missing', expectedRevision, `revision ${expectedRevision} is missing: the next event found is ${event.revision}`);
  }
  if (event.revision < expectedRevision) {
    return at('out-of-order', event.revision, `revision ${event.revision} comes after revision ${expectedRevision - 1n} in the log`);
  }
  const { hash, previousHash } = event.metadata;
  if (typeof hash !== 'string' || typeof previousHash !== 'string') return at('unhashed', event.revision, 'the event carries no hash');
  if (previousHash !== (head?.hash ?? GENESIS_HASH)) {
    return at('changed', event.revision, 'its previousHash is not the hash of the event before it');
  }
  if (recomputed !== hash) return at('changed', event.revision, 'its content does not match its hash');
  return undefined;
}

/**
 * Recomputes every stream's hash chain over the whole log (or up to `upTo`) and reports the first
 * link that does not hold, with the digest of the stream heads verified.
 */
export async function verifyLedger(
  store: EventStore,
  options: { upTo?: bigint; batchSize?: number; onProgress?: (position: bigint, events: number) => void } = {},
): Promise<LedgerVerification> {
  const heads = new Map<string, StreamHead>();
  let events = 0;
  let position: bigint | undefined;
  let broken: BrokenLink | undefined;
  for (;;) {
    const batch = await store.readAll({ after: position, maxCount: options.batchSize ?? 1000 });
    const inRange = options.upTo === undefined ? batch : batch.filter((event) => event.position <= options.upTo!);
    for (const event of inRange) {
      // Heads hold recomputed hashes, so a rewrite anywhere in a stream also changes the digest.
      const recomputed = chainedHash(event, heads.get(event.streamId));
      broken ??= check(event, heads.get(event.streamId), recomputed);
      heads.set(event.streamId, { revision: event.revision, hash: recomputed });
      events += 1;
      position = event.position;
    }
    if (inRange.length > 0) options.onProgress?.(position!, events);
    if (inRange.length < batch.length || batch.length === 0) break;
  }
  return { events, streams: heads.size, position, digest: headsDigest(heads), ...(broken && { broken }) };
}
