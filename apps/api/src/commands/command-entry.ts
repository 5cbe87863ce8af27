import type { Type } from '@nestjs/common';
import type { DomainCommand, DomainCommandType } from '@ledger/domain';
import { type CommandData, commandOf } from './command-of';

/** A command as the API offers it: the mutation named after it takes its input class and makes the domain command. */
export interface CommandEntry {
  readonly type: DomainCommandType;
  readonly input: Type<object>;
  readonly description: string;
  toCommand(input: object): DomainCommand;
}

/**
 * Declares a command of the API once. Without `toData`, the compiler checks that the input class is
 * the domain command's data as it is; with it, that the mapping makes that data from the input.
 */
export function commandEntry<T extends DomainCommandType, I extends new () => CommandData<T>>(entry: {
  type: T;
  input: I;
  description: string;
}): CommandEntry;
export function commandEntry<T extends DomainCommandType, I extends new () => object>(entry: {
  type: T;
  input: I;
  description: string;
  toData: (input: InstanceType<I>) => CommandData<T>;
}): CommandEntry;
export function commandEntry(entry: {
  type: DomainCommandType;
  input: new () => object;
  description: string;
  toData?: (input: never) => unknown;
}): CommandEntry {
  const { type, input, description, toData } = entry;
  return {
    type,
    input,
    description,
    toCommand: (value) => (toData ? commandOf(type, value, toData as never) : commandOf(type, value as never)),
  };
}
