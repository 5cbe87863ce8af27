import { cacheControlFor } from './cache-control';

describe('the Cache-Control of a GET answer', () => {
  it('has a tagged answer checked again before each use, and an untagged one not kept', () => {
    expect(cacheControlFor({ routeCacheControl: undefined, tagged: true, personal: false })).toBe('no-cache');
    expect(cacheControlFor({ routeCacheControl: undefined, tagged: false, personal: false })).toBe('no-store');
  });

  it("keeps a caller's own answer private", () => {
    expect(cacheControlFor({ routeCacheControl: undefined, tagged: true, personal: true })).toBe('private, no-cache');
    expect(cacheControlFor({ routeCacheControl: undefined, tagged: false, personal: true })).toBe('no-store');
  });

  it("leaves a route's own choice alone, except that a caller's own answer is never shared", () => {
    expect(cacheControlFor({ routeCacheControl: 'public, max-age=60', tagged: true, personal: false })).toBe('public, max-age=60');
    expect(cacheControlFor({ routeCacheControl: 'public, max-age=60, s-maxage=600', tagged: true, personal: true })).toBe(
      'private, max-age=60',
    );
    expect(cacheControlFor({ routeCacheControl: 'no-cache', tagged: true, personal: true })).toBe('private, no-cache');
    expect(cacheControlFor({ routeCacheControl: 'private, no-cache', tagged: true, personal: true })).toBe('private, no-cache');
    expect(cacheControlFor({ routeCacheControl: 'No-Store', tagged: false, personal: true })).toBe('No-Store');
  });
});
