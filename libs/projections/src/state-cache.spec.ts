import type { AggregateKind } from '@ledger/domain';
import { StateCache } from './state-cache';

describe('the states a catch-up keeps between batches', () => {
  const stored = new Map([
    ['b1', { name: 'stored b1' }],
    ['b2', { name: 'stored b2' }],
  ]);
  const asked: string[][] = [];
  const load = async (_kind: AggregateKind, ids: readonly string[]) => {
    asked.push([...ids]);
    return new Map(ids.filter((id) => stored.has(id)).map((id) => [id, stored.get(id)]));
  };
  const folded = (...ids: string[]) => ({
    touched: ids.map((id) => ({ kind: 'body' as const, id, before: undefined, state: { name: `folded ${id}` } })),
    files: [],
    times: [],
    position: 1n,
    events: ids.length,
  });

  beforeEach(() => (asked.length = 0));

  it('answers from what was folded, and loads only what it lacks', async () => {
    const cache = new StateCache(10);
    cache.remember(folded('b1'));
    const states = await cache.loader(load)('body', ['b1', 'b2', 'b3']);
    expect(states).toEqual(
      new Map([
        ['b1', { name: 'folded b1' }],
        ['b2', { name: 'stored b2' }],
      ]),
    );
    expect(asked).toEqual([['b2', 'b3']]);
  });

  it('keeps the most recently touched when trimmed to its capacity', async () => {
    const cache = new StateCache(2);
    cache.remember(folded('b1', 'b2'));
    await cache.loader(load)('body', ['b1']);
    cache.remember(folded('b3'));
    cache.trim();
    expect(cache.size).toBe(2);
    await cache.loader(load)('body', ['b1', 'b2', 'b3']);
    expect(asked).toEqual([['b2']]);
  });
});
