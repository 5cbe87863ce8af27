import type { Response } from 'express';

const ANSWER_HAS_ERRORS = 'answerHasErrors';

/**
 * Marks an answer sent with status 200 whose body carries errors (GraphQL answers a failed field that
 * way), so that it gets no entity tag: a tag promises the answer holds, and an error may be passing.
 */
export function markAnswerWithErrors(response: Response): void {
  response.locals[ANSWER_HAS_ERRORS] = true;
}

export function answerHasErrors(response: Response): boolean {
  return response.locals[ANSWER_HAS_ERRORS] === true;
}
