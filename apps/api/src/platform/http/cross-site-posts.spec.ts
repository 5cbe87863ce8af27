import { couldBeCrossSiteForgery, mediaTypeOf } from './cross-site-posts';

const request = (method: string, headers: Record<string, string | string[]> = {}) => ({ method, headers });

describe('requests another site could forge', () => {
  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'TEXT/PLAIN'])(
    'include a POST of %s without a preflight header',
    (contentType) => {
      expect(couldBeCrossSiteForgery(request('POST', { 'content-type': contentType }))).toBe(true);
    },
  );

  it('include a POST without a content type, and one of another type than JSON', () => {
    expect(couldBeCrossSiteForgery(request('POST'))).toBe(true);
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'application/graphql' }))).toBe(true);
    expect(couldBeCrossSiteForgery(request('PUT', { 'content-type': 'text/plain' }))).toBe(true);
  });

  it('leave out JSON, which a browser sends cross-site only after a preflight the server agreed to', () => {
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'application/json' }))).toBe(false);
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'Application/JSON; charset=utf-8' }))).toBe(false);
  });

  it("leave out a request with one of Apollo's preflight headers, when it is not empty", () => {
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }))).toBe(false);
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'text/plain', 'x-apollo-operation-name': 'Board' }))).toBe(false);
    expect(couldBeCrossSiteForgery(request('POST', { 'content-type': 'text/plain', 'apollo-require-preflight': ' ' }))).toBe(true);
  });

  it('leave out GET, HEAD and OPTIONS, which change nothing', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(couldBeCrossSiteForgery(request(method))).toBe(false);
  });

  it('read a media type without its parameters, in lower case', () => {
    expect(mediaTypeOf('Text/Plain ; charset=utf-8')).toBe('text/plain');
    expect(mediaTypeOf('')).toBeUndefined();
    expect(mediaTypeOf(undefined)).toBeUndefined();
  });
});
