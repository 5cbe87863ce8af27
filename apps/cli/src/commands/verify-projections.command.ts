import type { Command } from 'commander';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage } from '@ledger/event-store';
import { readModelSchemaOf, verifyReadModels } from '@ledger/projections';
import { eventsPerSecond, projectionProgress } from '../support/progress';

export function registerVerifyProjectionsCommand(program: Command): void {
  program
    .command('verify-projections')
    .description('rebuild the read models into a scratch schema and compare them with the live ones, row by row')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExits with status 1 and prints the differing rows when the two disagree.')
    .action(async (options: { json?: boolean }) => {
      const config = loadLedgerConfig(process.env);
      const storage = await openStorage(config.store, config.database);
      const schema = readModelSchemaOf(storage);
      const progress = projectionProgress('verify');
      const startedAt = Date.now();
      try {
        const report = await verifyReadModels({
          store: storage.eventStore,
          database: storage.database,
          schema,
          onProgress: (p) => progress.update(p),
        });
        progress.stop();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ...report, position: report.position?.toString() ?? null })}\n`);
        } else if (report.differences.length === 0) {
          process.stdout.write(
            `The read models in "${schema}" match a rebuild up to position ${report.position ?? 0} (${eventsPerSecond(report.events, startedAt)}).\n`,
          );
        } else {
          process.stdout.write(`The read models in "${schema}" differ from a rebuild up to position ${report.position ?? 0}:\n`);
          for (const difference of report.differences) {
            process.stdout.write(`  ${difference.table}:\n`);
            for (const row of difference.onlyLive) process.stdout.write(`    live only or different: ${JSON.stringify(row)}\n`);
            for (const row of difference.onlyRebuilt) process.stdout.write(`    rebuilt only or different: ${JSON.stringify(row)}\n`);
          }
        }
        if (report.differences.length > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await storage.close();
      }
    });
}
