import type { DomainCommand, DomainCommandType } from '@ledger/domain';
import { withoutAbsentFields } from './without-absent-fields';

export type CommandData<Type extends DomainCommandType> = Extract<DomainCommand, { type: Type }>['data'];

/**
 * The domain command a validated input stands for. Typing the data by the command type makes the
 * compiler check every input against the domain's own shape, so a changed command breaks the build.
 *
 * Absent fields are stripped from the input first, and only then is it mapped: a mapping may put a
 * null the domain gives a meaning to (an inserted clause's `afterClauseId: null` puts it first).
 */
export function commandOf<Type extends DomainCommandType>(type: Type, input: CommandData<Type>): DomainCommand;
export function commandOf<Type extends DomainCommandType, Input>(
  type: Type,
  input: Input,
  toData: (input: Input) => CommandData<Type>,
): DomainCommand;
export function commandOf(type: DomainCommandType, input: unknown, toData = (data: unknown) => data): DomainCommand {
  return { type, data: toData(withoutAbsentFields(input)) } as DomainCommand;
}
