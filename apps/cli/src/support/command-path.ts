import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandBusModule, type CommandOrigin, CommandSenderService } from '@ledger/command-bus';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import type { CommandSender } from '@ledger/write-side';
import { cliLogger } from './cli-logger';

@Global()
@Module({})
class OpenedEventStoreModule {
  static of(store: EventStore): DynamicModule {
    return { module: OpenedEventStoreModule, providers: [{ provide: EVENT_STORE, useValue: store }], exports: [EVENT_STORE] };
  }
}

/**
 * The CLI's commands go down the same command bus as the API's (the same handler, the same log
 * lines), in a Nest application context over the store the command opened.
 */
export async function openCommandPath(store: EventStore, origin: CommandOrigin): Promise<{ send: CommandSender; close(): Promise<void> }> {
  const app = await NestFactory.createApplicationContext(
    { module: class CliCommandPathModule {}, imports: [CqrsModule.forRoot(), OpenedEventStoreModule.of(store), CommandBusModule] },
    { logger: cliLogger(process.env), abortOnError: false },
  );
  return { send: app.get(CommandSenderService).from(origin), close: () => app.close() };
}
