import { Injectable } from '@nestjs/common';
import type { BodyState, MeetingState } from '@ledger/domain';
import DataLoader from 'dataloader';
import { ReadModelRepository } from './read-model.repository';

export interface Loaders {
  readonly bodies: DataLoader<string, BodyState | undefined>;
  readonly meetings: DataLoader<string, MeetingState | undefined>;
}

/**
 * One set of loaders per GraphQL request, so that the meetings, bodies and decisions a query
 * reaches through nested fields are fetched in one round trip per kind, not one per field.
 */
@Injectable()
export class LoaderFactory {
  private readonly perRequest = new WeakMap<object, Loaders>();

  constructor(private readonly repository: ReadModelRepository) {}

  for(context: object): Loaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = {
        bodies: new DataLoader(async (ids) => {
          const found = await this.repository.bodies(ids);
          return ids.map((id) => found.get(id));
        }),
        meetings: new DataLoader(async (ids) => {
          const found = await this.repository.meetings(ids);
          return ids.map((id) => found.get(id));
        }),
      };
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
