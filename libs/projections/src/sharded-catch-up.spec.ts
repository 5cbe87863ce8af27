import { shardOf } from './sharded-catch-up';

describe('the shard a stream is projected in', () => {
  const meetings = Array.from({ length: 2000 }, (_, i) => `meeting-board-${i % 40}-20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}-${i}`);

  it('is the same on every call, and one of the shards', () => {
    for (const id of meetings.slice(0, 50)) {
      expect(shardOf(id, 4)).toBe(shardOf(id, 4));
      expect([0, 1, 2, 3]).toContain(shardOf(id, 4));
    }
    expect(shardOf('body-anything', 1)).toBe(0);
  });

  it('shares similar ids out evenly, so that no shard does most of the work', () => {
    for (const shards of [2, 3, 4, 8]) {
      const counts = Array.from({ length: shards }, () => 0);
      for (const id of meetings) counts[shardOf(id, shards)] += 1;
      const fair = meetings.length / shards;
      for (const count of counts) expect(Math.abs(count - fair)).toBeLessThan(0.15 * fair);
    }
  });
});
