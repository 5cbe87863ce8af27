/** A clerk of one body sent a command about another: refused before anything is decided or written. */
export class OutsideBodyScopeError extends Error {
  readonly code = 'OUTSIDE_BODY_SCOPE';
  constructor(
    readonly principalId: string,
    readonly bodyId: string,
  ) {
    super(`${principalId} may not record for the body "${bodyId}"`);
    this.name = 'OutsideBodyScopeError';
  }
}
