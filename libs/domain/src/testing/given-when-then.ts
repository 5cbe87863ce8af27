import { foldEvents, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { DomainErrorCode } from '../shared/domain-error-codes';
import type { Message } from '../shared/message';

type AnyMessage = Message<string, object>;

export interface Then<Event> {
  /** The command is accepted and records exactly these events. */
  then(...expected: Event[]): Event[];
  /**
   * The command is refused with this code; its message and details (what a clerk reads in the API's
   * answer) are those approved in the spec's snapshot. Returns the error for a closer look.
   */
  thenFails(code: DomainErrorCode): DomainError;
}

/**
 * Specifications read as the board's story: `given(...history).when(command).then(...facts)`.
 * The history is folded from the decider's initial state, exactly as the write side will do it.
 */
export function specify<Command extends AnyMessage, Event extends AnyMessage, State>(decider: Decider<Command, Event, State>) {
  return {
    given(...history: Event[]) {
      return {
        when(command: Command): Then<Event> {
          const state = foldEvents(decider, history);
          return {
            then(...expected: Event[]) {
              const actual = decider.decide(command, state);
              // Strict: a key the event does not have is absent, not present as undefined.
              expect(actual).toStrictEqual(expected);
              return actual;
            },
            thenFails(code: DomainErrorCode) {
              let caught: unknown;
              try {
                decider.decide(command, state);
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).code).toBe(code);
              const refusal = caught as DomainError;
              expect(refusal.message).not.toBe('');
              // A change of wording shows in review as a change of the snapshot, refusal by refusal.
              expect({ code: refusal.code, message: refusal.message, details: refusal.details }).toMatchSnapshot('refusal');
              return refusal;
            },
          };
        },
      };
    },
  };
}

/** Runs commands one after another, folding each one's events in, and returns the whole history. */
export function record<Command extends AnyMessage, Event extends AnyMessage, State>(
  decider: Decider<Command, Event, State>,
  commands: readonly Command[],
  history: readonly Event[] = [],
): Event[] {
  const events = [...history];
  let state = foldEvents(decider, events);
  for (const command of commands) {
    const emitted = decider.decide(command, state);
    state = foldEvents(decider, emitted, state);
    events.push(...emitted);
  }
  return events;
}
