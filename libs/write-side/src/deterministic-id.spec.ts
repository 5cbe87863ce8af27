import { eventIdFor, uuidV5 } from './deterministic-id';

describe('name-based ids', () => {
  it('matches the RFC 9562 test vector for version 5 (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4')).toThrow('Not a UUID: 6ba7b810-9dad-11d1-80b4');
  });

  it('gives the same event ids for the same command, and different ones for different commands or places', () => {
    expect(eventIdFor('cmd-1', 0)).toBe(eventIdFor('cmd-1', 0));
    expect(eventIdFor('cmd-1', 0)).not.toBe(eventIdFor('cmd-1', 1));
    expect(eventIdFor('cmd-1', 0)).not.toBe(eventIdFor('cmd-2', 0));
  });
});
