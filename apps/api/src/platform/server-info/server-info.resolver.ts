import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { packageVersion } from './package-version';
import { ServerInfo, StoreKindValue } from './server-info.model';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  private readonly version = packageVersion();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => ServerInfo, { description: 'The server version, its store and the head of its event log.' })
  async serverInfo(): Promise<ServerInfo> {
    return {
      version: this.version,
      storeKind: this.store.kind as StoreKindValue,
      headPosition: await this.store.headPosition(),
    };
  }
}
