import type { EventStore, GlobalPosition } from '@ledger/event-store';
import { leafHash, MerkleLog, type Hash } from '@ledger/transparency';
import { chainedHash } from './verify-ledger';

/**
 * The Merkle tree over the global log, a leaf per event in log order. An event's leaf data is the 32
 * bytes of its hash as the hashing rule defines it, recomputed from its content and chained to the
 * recomputed hash before it in its stream: the tree commits to what each event says, not to the
 * hash it carries.
 */
export class LogTree {
  private readonly tree = new MerkleLog();
  private readonly streamHeads = new Map<string, { hash: string }>();
  private readonly indexByEventId = new Map<string, number>();
  private readonly positions: GlobalPosition[] = [];
  private caughtUp: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly store: EventStore,
    private readonly batchSize = 1000,
  ) {}

  get size(): number {
    return this.tree.size;
  }

  /** Reads the events recorded since the last call into the tree; returns its size. One reader at a time. */
  catchUp(): Promise<number> {
    this.caughtUp = this.caughtUp.then(
      () => this.readNewEvents(),
      () => this.readNewEvents(),
    );
    return this.caughtUp;
  }

  root(size = this.size): Hash {
    return this.tree.root(size);
  }

  /** Where an event is in the tree, or undefined when the tree does not hold it. */
  leafOf(eventId: string): { index: number; position: GlobalPosition; hash: Hash } | undefined {
    const index = this.indexByEventId.get(eventId.toLowerCase());
    return index === undefined ? undefined : { index, position: this.positions[index]!, hash: this.tree.leaf(index) };
  }

  inclusionProof(index: number, size = this.size): Hash[] {
    return this.tree.inclusionProof(index, size);
  }

  consistencyProof(from: number, to = this.size): Hash[] {
    return this.tree.consistencyProof(from, to);
  }

  private async readNewEvents(): Promise<number> {
    for (;;) {
      const after = this.positions.at(-1);
      const batch = await this.store.readAll({ ...(after !== undefined && { after }), maxCount: this.batchSize });
      for (const event of batch) {
        const hash = chainedHash(event, this.streamHeads.get(event.streamId));
        this.streamHeads.set(event.streamId, { hash });
        this.indexByEventId.set(event.id.toLowerCase(), this.tree.size);
        this.positions.push(event.position);
        this.tree.append(leafHash(Buffer.from(hash, 'hex')));
      }
      if (batch.length < this.batchSize) return this.tree.size;
    }
  }
}

export interface TreeHeadCheck {
  /** Events the log holds now. */
  readonly treeSize: number;
  readonly holds: boolean;
  readonly detail: string;
}

/**
 * Whether the log still begins with the events a tree head kept earlier covers, unchanged and in the
 * same order: the log must hold at least as many events, and the root over that many must match.
 */
export async function checkTreeHead(
  store: EventStore,
  head: { treeSize: number; rootHash: string },
  options: { batchSize?: number } = {},
): Promise<TreeHeadCheck> {
  const tree = new LogTree(store, options.batchSize);
  const treeSize = await tree.catchUp();
  if (treeSize < head.treeSize) {
    return {
      treeSize,
      holds: false,
      detail: `the log holds ${treeSize} events, fewer than the ${head.treeSize} the kept tree head covers: events were removed`,
    };
  }
  const root = tree.root(head.treeSize).toString('hex');
  if (root !== head.rootHash.toLowerCase()) {
    return {
      treeSize,
      holds: false,
      detail: `the first ${head.treeSize} events give root ${root}, not the kept head's ${head.rootHash}: events were changed, removed or reordered`,
    };
  }
  return { treeSize, holds: true, detail: `the first ${head.treeSize} events give the kept head's root; the log has grown to ${treeSize}` };
}
