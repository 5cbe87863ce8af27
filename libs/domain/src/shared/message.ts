/**
 * Commands and events share one JSON-friendly shape, `{ type, data }`, because both travel as JSON:
 * events into the store, commands over GraphQL and out of the process manager.
 */
export interface Message<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
}

/** Compile-time proof that a switch handled every case of a union. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/**
 * Exhaustive at compile time, yet lenient at run time: evolve must not throw even for a malformed
 * event read from the store, so an unknown case leaves the state as it was.
 */
export function unhandledEvent<State>(_event: never, state: State): State {
  return state;
}
