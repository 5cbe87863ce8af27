import { followOnCommands } from '../effects/follow-on-commands';
import { foldEvents } from '../shared/decider';
import type { DomainCommand, DomainEvent } from '../routing/domain-messages';
import { routeCommand } from '../routing/route-command';
import { AGGREGATES, parseStreamId } from '../routing/aggregate-registry';

/**
 * The write side in miniature, for stories that span aggregates: streams in a map, commands routed
 * and decided, and the process manager's follow-on commands applied as they arise.
 */
export class InMemoryLedger {
  private readonly streams = new Map<string, DomainEvent[]>();
  private readonly handledKeys = new Set<string>();
  readonly log: { streamId: string; event: DomainEvent }[] = [];

  /** Decides one command and appends its events; returns them. */
  execute(command: DomainCommand): DomainEvent[] {
    const route = routeCommand(command);
    const history = this.streams.get(route.streamId) ?? [];
    const events = route.decider.decide(command, foldEvents(route.decider, history));
    this.streams.set(route.streamId, [...history, ...events]);
    events.forEach((event) => this.log.push({ streamId: route.streamId, event }));
    return events;
  }

  /** Executes a command, then every follow-on command its events cause, skipping keys already handled. */
  executeWithEffects(command: DomainCommand): DomainEvent[] {
    const all: DomainEvent[] = [];
    const queue: DomainCommand[] = [command];
    while (queue.length > 0) {
      const events = this.execute(queue.shift()!);
      all.push(...events);
      for (const event of events) {
        for (const { commandKey, command: next } of followOnCommands(event)) {
          if (this.handledKeys.has(commandKey)) continue;
          this.handledKeys.add(commandKey);
          queue.push(next);
        }
      }
    }
    return all;
  }

  stream(streamId: string): DomainEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** The folded state of a stream, typed by the caller who knows which aggregate it holds. */
  stateOf<State>(streamId: string): State {
    const parsed = parseStreamId(streamId);
    if (!parsed) throw new Error(`Not a stream of the ledger: ${streamId}`);
    const { decider } = AGGREGATES[parsed.kind];
    return foldEvents(decider, this.stream(streamId)) as State;
  }
}
