/** What the register of people acts on: its decisions hold in every body's record. */
export const EVERY_BODY = '*';

/** A clerk of one body sent a command about another: refused before anything is decided or written. */
export class OutsideBodyScopeError extends Error {
  readonly code = 'OUTSIDE_BODY_SCOPE';
  constructor(
    readonly principalId: string,
    readonly bodyId: string,
  ) {
    super(
      bodyId === EVERY_BODY
        ? `${principalId} records for some bodies only, and who is who is decided for every body`
        : `${principalId} may not record for the body "${bodyId}"`,
    );
    this.name = 'OutsideBodyScopeError';
  }
}
