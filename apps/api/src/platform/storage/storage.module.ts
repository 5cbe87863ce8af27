import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, LEDGER_DATABASE, LogConsumer, STORAGE, type Storage } from '@ledger/event-store';

@Injectable()
class StorageCloser implements OnApplicationShutdown {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly log: LogConsumer,
  ) {}

  // The processors have detached by now (at module destruction); the reading stops before the store closes.
  async onApplicationShutdown(): Promise<void> {
    await this.log.stop();
    await this.storage.close();
  }
}

/** The one reading of the log that the projector, the process manager and the live feed share. */
function logConsumerOf(storage: Storage): LogConsumer {
  const logger = new Logger('LogConsumer');
  return new LogConsumer({ store: storage.eventStore, logger: { warn: (m) => logger.warn(m), error: (m) => logger.error(m) } });
}

/**
 * Offers the event store and the SQL database opened at start to every module. They are opened
 * before Nest starts, so that an unreachable store ends the process with one clear line instead of
 * a bootstrap stack trace.
 */
@Global()
@Module({})
export class StorageModule {
  static with(storage: Storage): DynamicModule {
    return {
      module: StorageModule,
      providers: [
        { provide: STORAGE, useValue: storage },
        { provide: EVENT_STORE, useValue: storage.eventStore },
        { provide: LEDGER_DATABASE, useValue: storage.database },
        { provide: LogConsumer, useFactory: () => logConsumerOf(storage) },
        StorageCloser,
      ],
      exports: [STORAGE, EVENT_STORE, LEDGER_DATABASE, LogConsumer],
    };
  }
}
