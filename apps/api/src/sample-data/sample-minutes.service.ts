import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { CommandSenderService } from '@ledger/command-bus';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import type { CommandSender } from '@ledger/write-side';
import { LEDGER_CONFIG } from '../platform/config/ledger-config.token';
import { ProcessManagerService } from '../process-manager/process-manager.service';
import { importSampleMinutes, SAMPLE_BODY, SAMPLE_IMPORT_COMMAND, sampleMinutesFolder } from './import-sample-minutes';

/** Where the first start's recording of the sample minutes stands, for readiness. */
export type SampleMinutesProgress =
  | { readonly status: 'not-needed' | 'recorded' | 'stopped' | 'failed' }
  | { readonly status: 'recording'; readonly done: number; readonly total: number }
  | { readonly status: 'applying-effects'; readonly upTo: bigint };

const UNFINISHED_MARKER = 'sample-minutes.unfinished';

/** How often a progress line is logged while the samples are recorded. */
const PROGRESS_EVERY_MS = 2000;

/**
 * On a fresh embedded store (SAMPLE_DATA=on), records the bundled minutes down the command bus while
 * the API already answers, logging progress; the API is ready once they and their effects are recorded.
 */
@Injectable()
export class SampleMinutesService implements OnModuleDestroy {
  private readonly logger = new Logger('SampleData');
  private progress: SampleMinutesProgress = { status: 'not-needed' };
  private readonly stopping = new AbortController();
  private recording?: Promise<void>;
  private folder?: string;
  /** Present from the first sample command until the last is recorded: a start that finds it carries on. */
  private unfinished = '';

  constructor(
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandSenderService,
    private readonly processManager: ProcessManagerService,
  ) {}

  /**
   * Whether this start records the samples (SAMPLE_DATA=on, and an empty embedded store, or one whose
   * recording of them an earlier start did not finish): asked before the API listens, so that
   * readiness says so from the first request.
   */
  async prepare(): Promise<boolean> {
    if (!this.config.sampleData || this.config.store.kind !== 'pglite') return false;
    this.folder = sampleMinutesFolder();
    this.unfinished = join(dirname(this.config.store.dataDir), UNFINISHED_MARKER);
    if (!this.folder) return false;
    if ((await this.store.headPosition()) !== undefined && !existsSync(this.unfinished)) return false;
    this.progress = { status: 'recording', done: 0, total: 0 };
    return true;
  }

  /** Starts recording the samples, if prepare() found them needed; answers without waiting for them. */
  start(): void {
    if (this.folder && this.progress.status === 'recording') this.recording ??= this.record(this.folder);
  }

  /** Still working on the samples: why the API is not ready yet. Undefined once nothing is left to do. */
  pendingWork(): string | undefined {
    const progress = this.progress;
    if (progress.status === 'recording') return `recording the sample minutes (${progress.done} of ${progress.total || '…'} commands)`;
    if (progress.status !== 'applying-effects') return undefined;
    const checkpoint = this.processManager.manager.checkpoint;
    if (checkpoint !== undefined && checkpoint >= progress.upTo) {
      this.progress = { status: 'recorded' };
      return undefined;
    }
    return "carrying out the sample minutes' effects";
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.recording;
  }

  private async record(folder: string): Promise<void> {
    const started = Date.now();
    let logged = started;
    try {
      // The commands' ids are those of the first attempt: carrying on records only what is missing.
      if (existsSync(this.unfinished)) this.logger.log(`carrying on with the sample minutes an earlier start did not finish`);
      else writeFileSync(this.unfinished, 'The sample minutes are being recorded; a start that finds this file carries on.\n');
      const send = this.commands.from('sample-data');
      // PGlite runs on this thread and answers in microtasks: without a turn of the event loop between
      // commands, the recording would hold off every request until it ends.
      const sendInTurn: CommandSender = async (envelope) => {
        await nextTurn();
        return send(envelope);
      };
      const summary = await importSampleMinutes(sendInTurn, folder, this.config.localPrincipal, {
        signal: this.stopping.signal,
        onProgress: (done, total) => {
          this.progress = { status: 'recording', done, total };
          if (Date.now() - logged < PROGRESS_EVERY_MS) return;
          logged = Date.now();
          this.logger.log(`recording the sample minutes of ${SAMPLE_BODY.bodyId}: ${done} of ${total} commands`);
        },
      });
      if (this.stopping.signal.aborted) {
        this.progress = { status: 'stopped' };
        this.logger.warn(`stopped recording the sample minutes at shutdown; the next start carries on (or: ${SAMPLE_IMPORT_COMMAND})`);
        return;
      }
      rmSync(this.unfinished, { force: true });
      this.progress = { status: 'applying-effects', upTo: (await this.store.headPosition()) ?? 0n };
      this.logger.log(
        `The store was empty: recorded the sample minutes of ${SAMPLE_BODY.bodyId} (${summary.recorded} commands, ${summary.refused.length} refused) in ${((Date.now() - started) / 1000).toFixed(1)} s; SAMPLE_DATA=off skips this`,
      );
    } catch (error) {
      this.progress = { status: 'failed' };
      this.logger.error(
        `recording the sample minutes failed: ${error instanceof Error ? error.message : String(error)}; the next start carries on (or: ${SAMPLE_IMPORT_COMMAND})`,
      );
    }
  }
}
