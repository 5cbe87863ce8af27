import type { Command } from 'commander';
import { loadLedgerConfig } from '@ledger/config';
import { openStorage } from '@ledger/event-store';
import { checkTreeHead, verifyLedger } from '@ledger/write-side';
import { readTreeHeadFile } from '../support/transparency-files';

export function registerVerifyLedgerCommand(program: Command): void {
  program
    .command('verify-ledger')
    .description("recompute every stream's hash chain and report the first event that was changed, removed or reordered")
    .option('--json', 'print the report as JSON')
    .option('--expect-digest <sha256>', 'also check the digest of the stream heads against one kept earlier (with --up-to)')
    .option('--up-to <position>', 'verify the log up to this global position')
    .option(
      '--tree-head <file>',
      'also check that the log still begins with the events of a tree head kept earlier (JSON, as tree-head writes it)',
    )
    .addHelpText(
      'after',
      '\nExits with status 1 when a chain is broken, the digest differs or the kept tree head does not hold. README.md publishes the hashing and tree rules.',
    )
    .action(async (options: { json?: boolean; expectDigest?: string; upTo?: string; treeHead?: string }) => {
      if (options.upTo !== undefined && !/^\d+$/.test(options.upTo)) throw new Error('--up-to must be a global position (a whole number)');
      const keptHead = options.treeHead === undefined ? undefined : await readTreeHeadFile(options.treeHead);
      const config = loadLedgerConfig(process.env);
      const storage = await openStorage(config.store, config.database);
      try {
        const report = await verifyLedger(storage.eventStore, { ...(options.upTo !== undefined && { upTo: BigInt(options.upTo) }) });
        const digestDiffers = options.expectDigest !== undefined && options.expectDigest.toLowerCase() !== report.digest;
        const headCheck = keptHead && (await checkTreeHead(storage.eventStore, keptHead));
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({
              ...report,
              position: report.position?.toString() ?? null,
              broken: report.broken && { ...report.broken, revision: report.broken.revision.toString() },
              ...(options.expectDigest !== undefined && { digestMatches: !digestDiffers }),
              ...(headCheck && { treeHead: headCheck }),
            })}\n`,
          );
        } else {
          process.stdout.write(
            `Verified ${report.events} events in ${report.streams} streams up to position ${report.position ?? 0}.\n` +
              `Digest of the stream heads: ${report.digest}\n`,
          );
          if (report.broken) {
            const { streamId, revision, fault, detail } = report.broken;
            process.stdout.write(`BROKEN: stream "${streamId}" at revision ${revision} (${fault}): ${detail}\n`);
          } else {
            process.stdout.write('Every hash chain holds.\n');
          }
          if (digestDiffers) process.stdout.write(`The digest differs from the one expected (${options.expectDigest}).\n`);
          if (headCheck)
            process.stdout.write(`${headCheck.holds ? 'Kept tree head holds' : 'KEPT TREE HEAD BROKEN'}: ${headCheck.detail}.\n`);
        }
        if (report.broken || digestDiffers || headCheck?.holds === false) process.exitCode = 1;
      } finally {
        await storage.close();
      }
    });
}
