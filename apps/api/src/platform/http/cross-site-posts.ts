import type { NextFunction, Request, Response } from 'express';

/** Headers a page can only send after the browser has asked the server (a CORS preflight): Apollo's own. */
export const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** The media type of a Content-Type header, without its parameters, in lower case. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]!.trim().toLowerCase() || undefined;
}

/**
 * Whether a request could have been sent by another site's page without the browser asking this
 * server first. A page may send a form or text/plain body anywhere, as the logged-in visitor, and
 * the damage is done once it runs, whatever the browser then hides of the answer. JSON, or one of
 * the preflight headers, needs the server's consent (CORS) first, so those run. GET, HEAD and OPTIONS
 * never change anything (GraphQL refuses mutations over GET), so they are not this check's concern.
 */
export function couldBeCrossSiteForgery(request: {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method.toUpperCase())) return false;
  const contentType = request.headers['content-type'];
  if (mediaTypeOf(typeof contentType === 'string' ? contentType : undefined) === 'application/json') return false;
  return !PREFLIGHT_HEADERS.some((name) => {
    const value = request.headers[name];
    return typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.some((one) => one.trim() !== '');
  });
}

/** Refuses, with 400 in GraphQL's shape and before anything is read or run, what `couldBeCrossSiteForgery` catches. */
export function refuseCrossSiteForgeries(request: Request, response: Response, next: NextFunction): void {
  if (!couldBeCrossSiteForgery(request)) return next();
  response.status(400).json({
    errors: [
      {
        message:
          'A POST must have content-type application/json (or an apollo-require-preflight header): a request of this kind could come from ' +
          "another site's page without the browser asking this server first, so it was not run",
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
}
