import type { AggregateKind } from '@ledger/domain';
import type { FoldedBatch, LoadStates } from './project-batch';

/**
 * The states a catch-up has folded, so that its next batches need not read back what it has just
 * written. Only the process holding the projection lock writes the read models, so what it folded
 * is what they hold. The most recently touched are kept; the rest are read again when needed.
 */
export class StateCache {
  private readonly states = new Map<string, unknown>();

  /** `capacity` must exceed the aggregates two batches can touch, so that none in flight is dropped. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.states.size;
  }

  /** Loads from the cache, and what it lacks through `load`. */
  loader(load: LoadStates): LoadStates {
    return async (kind: AggregateKind, ids: readonly string[]) => {
      const found = new Map<string, unknown>();
      const missing: string[] = [];
      for (const id of ids) {
        const key = `${kind}:${id}`;
        if (this.states.has(key)) found.set(id, this.touch(key, this.states.get(key)));
        else missing.push(id);
      }
      if (missing.length > 0) for (const [id, state] of await load(kind, missing)) found.set(id, state);
      return found;
    };
  }

  remember(batch: FoldedBatch): void {
    for (const { kind, id, state } of batch.touched) this.touch(`${kind}:${id}`, state);
  }

  /** Drops the least recently touched beyond the capacity. */
  trim(): void {
    for (const key of this.states.keys()) {
      if (this.states.size <= this.capacity) break;
      this.states.delete(key);
    }
  }

  private touch(key: string, state: unknown): unknown {
    // A Map iterates in insertion order: re-inserting keeps the least recently touched first.
    this.states.delete(key);
    this.states.set(key, state);
    return state;
  }
}
