import { createHash } from 'node:crypto';
import { headsDigest } from './verify-ledger';

describe('the digest of the stream heads', () => {
  it('is SHA-256 of one "streamId revision hash" line a stream, sorted by stream id, whatever order they were met in', () => {
    const heads = new Map([
      ['body-b', { revision: 3n, hash: 'a'.repeat(64) }],
      ['meeting-b-2024-01-10', { revision: 12n, hash: 'c'.repeat(64) }],
      ['Body-a', { revision: 0n, hash: 'b'.repeat(64) }],
    ]);
    const lines = `Body-a 0 ${'b'.repeat(64)}\nbody-b 3 ${'a'.repeat(64)}\nmeeting-b-2024-01-10 12 ${'c'.repeat(64)}\n`;
    expect(headsDigest(heads)).toBe(createHash('sha256').update(lines, 'utf8').digest('hex'));
  });

  it('of no streams is SHA-256 of nothing', () => {
    expect(headsDigest(new Map())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
