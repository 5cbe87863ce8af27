import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage } from '@ledger/event-store';
import { DEFAULT_CATCH_UP_BATCH, readModelSchemaOf, rebuildReadModels } from '@ledger/projections';
import { eventsPerSecond, projectionProgress } from '../support/progress';

export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('drop the read models and project them again from the start of the event log')
    .option('--batch-size <n>', 'events per transaction (1 to 10000)', parseBatchSize, DEFAULT_CATCH_UP_BATCH)
    .option(
      '--shards <n>',
      `streams projected side by side, each shard on a connection of its own (1 to ${MAX_SHARDS}; default: the machine's cores on PostgreSQL, 1 on the embedded store)`,
      parseShards,
    )
    .addHelpText('after', '\nRefuses while another process (a running API) is projecting the same read models.')
    .action(async (options: { batchSize: number; shards?: number }) => {
      const config = loadLedgerConfig(process.env);
      // The embedded store runs one transaction at a time: shards there would only take turns.
      const shards = options.shards ?? (config.database.kind === 'postgres' ? Math.min(availableParallelism(), MAX_SHARDS) : 1);
      const storage = await openStorage(config.store, config.database);
      const schema = readModelSchemaOf(storage);
      const progress = projectionProgress('rebuild');
      const startedAt = Date.now();
      try {
        const result = await rebuildReadModels({
          store: storage.eventStore,
          database: storage.database,
          schema,
          batchSize: options.batchSize,
          shards,
          onProgress: (p) => progress.update(p),
        });
        progress.stop();
        process.stdout.write(
          `Rebuilt the read models in "${schema}" up to position ${result.position ?? 0}: ${eventsPerSecond(result.events, startedAt)}\n`,
        );
      } finally {
        progress.stop();
        await storage.close();
      }
    });
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new InvalidArgumentError('a whole number from 1 to 10000');
  return size;
}

/** The pool opened for the read models holds ten connections: the shards, the log's reader and a spare. */
const MAX_SHARDS = 8;

function parseShards(value: string): number {
  const shards = Number(value);
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS)
    throw new InvalidArgumentError(`a whole number from 1 to ${MAX_SHARDS}`);
  return shards;
}
