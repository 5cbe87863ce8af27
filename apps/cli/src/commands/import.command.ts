import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { loadLedgerConfig } from '@ledger/config';
import { openCommandPath } from '../support/command-path';
import { openStorage } from '@ledger/event-store';
import {
  ImportPlanError,
  isImportError,
  planImport,
  readPlanFile,
  writePlanFile,
  readMinutesFiles,
  requirePageAddress,
  recordImport,
  renderJson,
  renderPlanText,
  renderSummaryText,
  type ImportPlan,
  type SourceDocument,
  type RecordSummary,
} from '@ledger/importer';

interface ImportCommandOptions {
  body: string;
  date?: string;
  bodyName?: string;
  bodyShortName?: string;
  dryRun?: boolean;
  json?: boolean;
  planOut?: string;
  fromPlan?: string;
  sourceUrl?: string;
}

/** The one page's address from --source-url, which names one page only. */
function withSourceUrl(documents: SourceDocument[], sourceUrl: string | undefined): SourceDocument[] {
  if (sourceUrl === undefined) return documents;
  if (documents.length !== 1) {
    throw new ImportPlanError('INVALID_OPTION', `--source-url names the address of one page, and ${documents.length} were given`);
  }
  return [{ ...documents[0]!, url: requirePageAddress(sourceUrl, '--source-url') }];
}

/** Exit codes: 1 when nothing could be imported (bad input, store down), 2 when some commands were refused. */
const SOME_REFUSED = 2;

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import ModernGov minutes pages (plain text) for a body: print the plan, then record it')
    .argument('<paths...>', 'minutes text files, or folders of .txt files')
    .requiredOption('--body <id>', 'the body the minutes belong to, e.g. lscsb')
    .option('--date <YYYY-MM-DD>', 'the meeting date of a page that has no header')
    .option('--body-name <name>', "the body's name, if this import establishes it (default: the first page header's)")
    .option('--body-short-name <short>', "the body's short name, if this import establishes it (default: the name's initials)")
    .option('--dry-run', 'print the plan and stop; nothing is recorded')
    .option('--plan-out <file>', 'write the plan to a file a clerk can edit, and stop; nothing is recorded')
    .option(
      '--from-plan <file>',
      'record an edited plan (from --plan-out) instead of planning the pages again; the pages are checked against it',
    )
    .option('--source-url <url>', "the page's public address (one page only); for several, a .url file beside each page")
    .option('--json', 'print the plan (and the summary) as JSON')
    .addHelpText(
      'after',
      "\nFiles are imported in the order of their meetings. Every event records the document's SHA-256 and the\n" +
        'lines it came from. Command ids come from the content of each command, so importing a page again\n' +
        'records nothing new, and importing a corrected page records only the commands that changed (the\n' +
        'domain refuses to overwrite a recorded minute; a later meeting corrects it when confirming minutes).\n' +
        'Effects of resolutions (members admitted, officeholders elected, follow-ups raised) are carried out\n' +
        "by the API's effects process manager, from its checkpoint, when the API runs.\n\n" +
        "A page's public address is kept with its hash, so every fact links back to the page a reader can open:\n" +
        '--source-url for one page, or a file named after the page with .url added (2019-06-14.txt.url) holding it.\n\n' +
        'To correct what the importer read: --plan-out plan.json, edit the commands in plan.json (reclassify a\n' +
        'part, fix a title, add a missed part), then --from-plan plan.json with the same pages. A plan whose pages\n' +
        'have changed since is refused; every edited command records that a person decided it.',
    )
    .action(async (paths: string[], options: ImportCommandOptions) => {
      let plan: ImportPlan;
      try {
        const documents = withSourceUrl(await readMinutesFiles(paths), options.sourceUrl);
        plan = options.fromPlan
          ? readPlanFile(
              await readFile(options.fromPlan, 'utf8').catch((error: NodeJS.ErrnoException) => {
                throw new ImportPlanError('INVALID_PLAN', `cannot read ${options.fromPlan}: ${error.code ?? error.message}`);
              }),
              documents,
            )
          : planImport(documents, {
              bodyId: options.body,
              ...(options.date !== undefined && { date: options.date }),
              ...(options.bodyName !== undefined && { bodyName: options.bodyName }),
              ...(options.bodyShortName !== undefined && { bodyShortName: options.bodyShortName }),
            });
        if (plan.bodyId !== options.body)
          throw new ImportPlanError('INVALID_OPTION', `the plan is for body ${plan.bodyId}, not ${options.body}`);
      } catch (error) {
        if (!isImportError(error)) throw error;
        process.stderr.write(`ledger: ${error.message} [${error.code}]\nNothing was recorded.\n`);
        process.exitCode = 1;
        return;
      }

      if (options.planOut) {
        await writeFile(options.planOut, writePlanFile(plan), 'utf8');
        process.stdout.write(
          `${renderPlanText(plan)}\nWrote the plan to ${options.planOut}; nothing was recorded. Edit it, then import --from-plan ${options.planOut} with the same pages.\n`,
        );
        return;
      }
      if (options.dryRun) {
        process.stdout.write(options.json ? renderJson(plan) : renderPlanText(plan));
        return;
      }
      if (!options.json) process.stdout.write(`${renderPlanText(plan)}\n`);

      const summary = await record(plan);
      process.stdout.write(options.json ? renderJson(plan, summary) : renderSummaryText(summary));
      if (summary.refused.length > 0) process.exitCode = SOME_REFUSED;
    });
}

async function record(plan: ImportPlan): Promise<RecordSummary> {
  const config = loadLedgerConfig(process.env);
  const storage = await openStorage(config.store, config.database);
  // A bar only for a person watching: piped or captured output stays clean.
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { stream: process.stderr, format: 'recording [{bar}] {value}/{total} commands', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  const commands = await openCommandPath(storage.eventStore, 'cli-import').catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  try {
    const total = (plan.establishBody ? 1 : 0) + plan.meetings.reduce((sum, meeting) => sum + meeting.commands.length, 0);
    bar?.start(total, 0);
    return await recordImport(commands.send, plan, {
      principal: config.localPrincipal,
      onProgress: (done) => bar?.update(done),
    });
  } finally {
    bar?.stop();
    await commands.close();
    await storage.close();
  }
}
