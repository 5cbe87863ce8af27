import { foldEvents } from '../shared/decider';
import { InvalidValue, type AggregateKind } from '../shared/domain-error';
import { requireText } from '../shared/values';
import { aggregateOfCommandType, streamIdFor, type AnyDecider } from './aggregate-registry';
import type { DomainCommand, DomainEvent } from './domain-messages';

export interface CommandRoute {
  readonly aggregate: AggregateKind;
  readonly aggregateId: string;
  readonly streamId: string;
  /** True for the creating command: append expecting no stream. */
  readonly createsStream: boolean;
  readonly decider: AnyDecider;
}

/** Where a command goes: the write side reads that stream, folds it, decides, and appends. */
export function routeCommand(command: DomainCommand): CommandRoute {
  const definition = aggregateOfCommandType(command?.type);
  if (!definition) {
    throw new InvalidValue('UNKNOWN_CHOICE', 'type', `"${String(command?.type)}" is not a command of the ledger`);
  }
  const aggregateId = (command.data as unknown as Record<string, string>)[definition.idField]!;
  requireText(definition.idField, aggregateId);
  return {
    aggregate: definition.kind,
    aggregateId,
    streamId: streamIdFor(definition.kind, aggregateId),
    createsStream: definition.creationCommandType !== undefined && command.type === definition.creationCommandType,
    decider: definition.decider,
  };
}

/** The whole pure write path for one command, given its stream's (upcast) history. */
export function decideOnHistory(command: DomainCommand, history: readonly DomainEvent[]): DomainEvent[] {
  const { decider } = routeCommand(command);
  return decider.decide(command, foldEvents(decider, history));
}
