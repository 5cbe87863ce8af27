import { Injectable } from '@nestjs/common';
import type { BodyState, MeetingState } from '@ledger/domain';
import DataLoader from 'dataloader';
import { type BodyAnswerKey, ReadModelRepository } from './read-model.repository';

export interface Loaders {
  readonly bodies: DataLoader<string, BodyState | undefined>;
  /** Established bodies without their records: what a query needs before it asks for an answer at a date. */
  readonly bodySummaries: DataLoader<string, { establishedOn: string | null } | undefined>;
  /** An answer of a body's record on a date, read from its own row. */
  readonly bodyAnswers: DataLoader<BodyAnswerKey, unknown, string>;
  /** A body's periods of membership that cover a date. */
  readonly bodyMembers: DataLoader<{ readonly bodyId: string; readonly onDate: string }, unknown[], string>;
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
        bodySummaries: new DataLoader(async (ids) => {
          const found = await this.repository.bodySummaries(ids);
          return ids.map((id) => found.get(id));
        }),
        bodyAnswers: new DataLoader((keys) => this.repository.bodyAnswers(keys), {
          cacheKeyFn: (key) => `${key.bodyId}\n${key.facet}\n${key.onDate}`,
        }),
        bodyMembers: new DataLoader((keys) => this.repository.bodyMembers(keys), {
          cacheKeyFn: (key) => `${key.bodyId}\n${key.onDate}`,
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
