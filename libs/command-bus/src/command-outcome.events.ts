import type { CommandEnvelope, CommandResult } from '@ledger/write-side';
import type { CommandOrigin } from './command-origin';

/** Published on the event bus when the write path has recorded a command (or found it already recorded, or found nothing to record). */
export class CommandHandled {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly origin: CommandOrigin,
    readonly result: CommandResult,
  ) {}
}

/** Published on the event bus when the write path refused a command or failed; nothing was written. */
export class CommandFailed {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly origin: CommandOrigin,
    readonly error: unknown,
  ) {}
}
