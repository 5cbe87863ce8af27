import type { Message } from './message';

/** Emmett-style decider: the whole behaviour of one aggregate as three pure values. */
export interface Decider<Command extends Message<string, object>, Event extends Message<string, object>, State> {
  /** Throws a DomainError when a rule is broken; otherwise the facts the command establishes. */
  decide(command: Command, state: State): Event[];
  /** Total: an event that makes no sense for the state leaves it unchanged rather than throwing. */
  evolve(state: State, event: Event): State;
  readonly initialState: State;
}

export function foldEvents<Event extends Message<string, object>, State>(
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
  from: State = decider.initialState,
): State {
  return events.reduce(decider.evolve, from);
}
