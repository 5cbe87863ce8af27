import { Inject, Injectable } from '@nestjs/common';
import { Counter, type Registry } from 'prom-client';
import type { CommandResult } from '@ledger/write-side';
import { toClientError } from '../graphql/to-client-error';
import { METRICS_REGISTRY } from './metrics-registry';

/**
 * What became of a command: `recorded` (new events), `already_recorded` (a retry with a command id
 * seen before: nothing new), `no_change` (the command decided no events), `refused` (a client's
 * error: the `code` is the one the client got) or `failed` (a fault of ours or of the store).
 */
export type CommandOutcome = 'recorded' | 'already_recorded' | 'no_change' | 'refused' | 'failed';

@Injectable()
export class CommandMetrics {
  private readonly commands: Counter<'command_type' | 'outcome' | 'code'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.commands = new Counter({
      name: 'ledger_commands_total',
      help:
        'Commands this API instance handled (GraphQL mutations), by command type and outcome: recorded, already_recorded (a retried command id), ' +
        'no_change (nothing to record), refused (code: the error code the client got) or failed (code: INTERNAL_SERVER_ERROR or STORE_UNAVAILABLE).',
      labelNames: ['command_type', 'outcome', 'code'],
      registers: [registry],
    });
  }

  handled(commandType: string, result: CommandResult): void {
    const outcome: CommandOutcome = result.alreadyRecorded ? 'already_recorded' : result.events.length === 0 ? 'no_change' : 'recorded';
    this.commands.inc({ command_type: commandType, outcome, code: '' });
  }

  refused(commandType: string, error: unknown): void {
    const { error: clientError, expected } = toClientError(error, '');
    this.commands.inc({ command_type: commandType, outcome: expected ? 'refused' : 'failed', code: String(clientError.extensions.code) });
  }
}
