import { foldEvents, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { Message } from '../shared/message';

type AnyMessage = Message<string, object>;

export interface Exercise<Event, State> {
  readonly history: Event[];
  readonly states: State[];
  readonly refusals: number;
}

/**
 * Runs commands as the write side would, keeping what is accepted. Along the way it checks the two
 * promises deciders make: a refusal is always a DomainError (never a crash), and every event decide
 * emits changes the state when evolved (no event the state cannot take in).
 */
export function exercise<Command extends AnyMessage, Event extends AnyMessage, State>(
  decider: Decider<Command, Event, State>,
  commands: readonly Command[],
  invariant: (state: State) => void,
): Exercise<Event, State> {
  let state = decider.initialState;
  const history: Event[] = [];
  const states: State[] = [state];
  let refusals = 0;
  for (const command of commands) {
    let events: Event[];
    try {
      events = decider.decide(command, state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refusals++;
      continue;
    }
    for (const event of events) {
      const next = decider.evolve(state, event);
      if (JSON.stringify(next) === JSON.stringify(state)) {
        throw new Error(`${event.type} was emitted but changed nothing: ${JSON.stringify(event.data)}`);
      }
      invariant(next);
      state = next;
      history.push(event);
      states.push(state);
    }
  }
  return { history, states, refusals };
}

/**
 * A valid history is one whose every fold step keeps the invariants and changes the state.
 * Prefix-closure is checked by running this over every prefix.
 */
export function assertValidHistory<Event extends AnyMessage, State>(
  decider: Decider<never, Event, State>,
  history: readonly Event[],
  invariant: (state: State) => void,
): void {
  let state = decider.initialState;
  for (const event of history) {
    const next = decider.evolve(state, event);
    if (JSON.stringify(next) === JSON.stringify(state)) throw new Error(`${event.type} changed nothing`);
    invariant(next);
    state = next;
  }
}

/** Folding is deterministic and survives the JSON round trip events make through the store. */
export function assertFoldIsDeterministic<Event extends AnyMessage, State>(
  decider: Decider<never, Event, State>,
  history: readonly Event[],
  finalState: State,
): void {
  const stored = JSON.parse(JSON.stringify(history)) as Event[];
  expect(foldEvents(decider, history)).toEqual(finalState);
  expect(foldEvents(decider, stored)).toEqual(finalState);
  expect(JSON.stringify(foldEvents(decider, stored))).toBe(JSON.stringify(finalState));
}

export function requireThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Invariant broken: ${message}`);
}

/** 2015-01-01 plus n days, as an ISO date. */
export function dayAfter2015(days: number): string {
  return new Date(Date.UTC(2015, 0, 1 + days)).toISOString().slice(0, 10);
}
