import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type AskedQuestion, answerTag, ifNoneMatchNames, type LedgerMoment } from './answer-tag';
import { answerHasErrors } from './answer-errors';
import { cacheControlFor } from './cache-control';

export interface ConditionalGetSources {
  /** Reads the ledger's moment, before the answer is computed. */
  readonly moment: () => Promise<LedgerMoment>;
  /** Whether the Authorization header verifies (or is absent): a 304 is only for a caller the answer was for. */
  readonly callerVerifies: (authorization: string | undefined) => Promise<boolean>;
}

/**
 * Entity tags, 304 Not Modified and Cache-Control for GET answers. The tag is computed from the
 * ledger's moment and the question before anything runs, so a client whose tag still holds is
 * answered 304 without the query being run; otherwise the answer carries the tag when it is a 200
 * without errors. The moment is read before the answer is computed, so an answer is never older
 * than its tag's moment: when the ledger moves on while a query runs, the tag only stops matching
 * sooner than it had to.
 */
export function conditionalGet(sources: ConditionalGetSources): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.vary('Authorization');
    response.vary('Accept');
    answerConditionally(sources, request, response).then((answered) => {
      if (!answered) next();
    }, next);
  };
}

/** Answers 304 when the client's tag still holds (true); otherwise prepares the answer's headers for the route (false). */
async function answerConditionally(sources: ConditionalGetSources, request: Request, response: Response): Promise<boolean> {
  const question: AskedQuestion = {
    url: `${request.protocol}://${request.get('host') ?? ''}${request.originalUrl}`,
    authorization: request.headers.authorization,
    accept: request.headers.accept,
  };
  const personal = question.authorization !== undefined;
  // When the ledger's moment cannot be read (the store is down), the route answers as it can, untagged.
  const tag = await sources.moment().then(
    (moment) => answerTag(moment, question),
    () => undefined,
  );
  if (tag && ifNoneMatchNames(request.headers['if-none-match'], tag) && (await sources.callerVerifies(question.authorization))) {
    response.setHeader('etag', tag);
    response.setHeader('cache-control', cacheControlFor({ routeCacheControl: undefined, tagged: true, personal }));
    response.status(304).end();
    return true;
  }
  // Answered here: Express would otherwise compare it again with a tag of the body, after running the query.
  delete request.headers['if-none-match'];
  // Set now so that Express does not tag the body itself; taken back below if the answer fails.
  if (tag) response.setHeader('etag', tag);
  beforeHeadersAreWritten(response, (status) => {
    const tagged = tag !== undefined && status === 200 && !answerHasErrors(response);
    if (!tagged) response.removeHeader('etag');
    const routeCacheControl = response.getHeader('cache-control');
    response.setHeader(
      'cache-control',
      cacheControlFor({ routeCacheControl: typeof routeCacheControl === 'string' ? routeCacheControl : undefined, tagged, personal }),
    );
  });
  return false;
}

/**
 * Runs `decide` once, just before the status line and headers go out, however the route ends its
 * answer (Node writes them through writeHead, called by the route or implicitly on the first write).
 */
function beforeHeadersAreWritten(response: Response, decide: (status: number) => void): void {
  const writeHead = response.writeHead;
  let decided = false;
  response.writeHead = function (this: Response, ...args: unknown[]) {
    if (!decided) {
      decided = true;
      decide(typeof args[0] === 'number' ? args[0] : this.statusCode);
    }
    return (writeHead as (...args: unknown[]) => Response).apply(this, args);
  } as Response['writeHead'];
}
