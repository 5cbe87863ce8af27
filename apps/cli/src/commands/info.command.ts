import type { Command } from 'commander';
import { loadLedgerConfig, redactConnectionString } from '@ledger/config';
import { openStorage } from '@ledger/event-store';

export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .description('show which event store is configured and how far its log reaches')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadLedgerConfig(process.env);
      const storage = await openStorage(config.store, config.database);
      try {
        const head = await storage.eventStore.headPosition();
        const location = config.store.kind === 'pglite' ? config.store.dataDir : redactConnectionString(config.store.connectionString);
        const info = { store: config.store.kind, location, headPosition: head?.toString() ?? null };
        process.stdout.write(
          options.json
            ? `${JSON.stringify(info)}\n`
            : `store:         ${info.store}\nlocation:      ${info.location}\nhead position: ${info.headPosition ?? '(empty log)'}\n`,
        );
      } finally {
        await storage.close();
      }
    });
}
