import { Command } from 'commander';
import { registerImportCommand } from './commands/import.command';
import { registerInfoCommand } from './commands/info.command';
import { registerRebuildCommand } from './commands/rebuild.command';
import { registerTokenCommand } from './commands/token.command';
import { registerTreeHeadCommands } from './commands/tree-head.command';
import { registerVerifyLedgerCommand } from './commands/verify-ledger.command';
import { registerVerifyProjectionsCommand } from './commands/verify-projections.command';

/** The ledger's command line; it reads the same environment variables as the API. */
export function buildProgram(): Command {
  const program = new Command('ledger')
    .description('Governance ledger: record and check the decisions of public partnership boards')
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nConfiguration comes from the environment, as for the API: STORE (pglite | postgres | eventstoredb),\n' +
        'DATA_DIR, DATABASE_URL, EVENTSTORE_CONNECTION_STRING. See README.md.',
    );
  registerInfoCommand(program);
  registerImportCommand(program);
  registerRebuildCommand(program);
  registerVerifyProjectionsCommand(program);
  registerVerifyLedgerCommand(program);
  registerTokenCommand(program);
  registerTreeHeadCommands(program);
  return program;
}
