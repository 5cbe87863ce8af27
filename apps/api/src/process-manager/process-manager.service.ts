import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandSenderService } from '@ledger/command-bus';
import { LogConsumer, STORAGE, type Storage } from '@ledger/event-store';
import { EffectsProcessManager } from '@ledger/write-side';

/** Runs the effects process manager for as long as the application runs. */
@Injectable()
export class ProcessManagerService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly manager: EffectsProcessManager;

  constructor(@Inject(STORAGE) storage: Storage, log: LogConsumer, commands: CommandSenderService) {
    const logger = new Logger('ProcessManager');
    this.manager = new EffectsProcessManager({
      log,
      send: commands.from('process-manager'),
      database: storage.database,
      schema: storage.schema,
      logger: { log: (m) => logger.log(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.manager.start();
  }

  // Stops before the storage closes (that happens at application shutdown), finishing its batch.
  async onModuleDestroy(): Promise<void> {
    await this.manager.stop();
  }
}
