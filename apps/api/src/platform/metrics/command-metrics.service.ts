import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { Counter, type Registry } from 'prom-client';
import { COMMAND_ORIGINS, CommandFailed, CommandHandled } from '@ledger/command-bus';
import { toClientError } from '../graphql/to-client-error';
import { METRICS_REGISTRY } from './metrics-registry';

/**
 * What became of a command: `recorded` (new events), `already_recorded` (a retry with a command id
 * seen before: nothing new), `no_change` (the command decided no events), `refused` (a client's
 * error: the `code` is the one the client got) or `failed` (a fault of ours or of the store).
 */
export type CommandOutcome = 'recorded' | 'already_recorded' | 'no_change' | 'refused' | 'failed';

/** Counts every command that travels the command bus in this process, by where it came from. */
@EventsHandler(CommandHandled, CommandFailed)
export class CommandMetrics implements IEventHandler<CommandHandled | CommandFailed> {
  private readonly commands: Counter<'command_type' | 'outcome' | 'code' | 'source'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.commands = new Counter({
      name: 'ledger_commands_total',
      help:
        `Commands this API instance handled, by source (${COMMAND_ORIGINS.join(', ')}), command type and outcome: recorded, already_recorded (a retried command id), ` +
        'no_change (nothing to record), refused (code: the error code a client got) or failed (code: INTERNAL_SERVER_ERROR or STORE_UNAVAILABLE).',
      labelNames: ['source', 'command_type', 'outcome', 'code'],
      registers: [registry],
    });
  }

  handle(event: CommandHandled | CommandFailed): void {
    const labels = { source: event.origin, command_type: event.envelope.command.type };
    if (event instanceof CommandHandled) {
      const { result } = event;
      const outcome: CommandOutcome = result.alreadyRecorded ? 'already_recorded' : result.events.length === 0 ? 'no_change' : 'recorded';
      this.commands.inc({ ...labels, outcome, code: '' });
    } else {
      const { error: clientError, expected } = toClientError(event.error, '');
      this.commands.inc({ ...labels, outcome: expected ? 'refused' : 'failed', code: String(clientError.extensions.code) });
    }
  }
}
