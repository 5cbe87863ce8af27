import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, LEDGER_DATABASE, STORAGE, type Storage } from '@ledger/event-store';

@Injectable()
class StorageCloser implements OnApplicationShutdown {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
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
        StorageCloser,
      ],
      exports: [STORAGE, EVENT_STORE, LEDGER_DATABASE],
    };
  }
}
