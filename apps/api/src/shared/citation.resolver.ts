import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { EstablishedBody } from '@ledger/domain';
import { DecisionEntry } from '../decisions/decision-register.model';
import { AgendaItemView, ResolutionPartView } from '../meeting/meeting.model';
import { LoaderFactory } from '../read-models/loaders';
import { citationOf, type Cited } from './citation';
import type { QueryContext } from './query-context';

const CITATION =
  'As a clerk cites it: the body\'s short name on the day, the day, and the printed minute number, e.g. "LSCSB 10 December 2018, minute 36(b)".';

async function bodyOf(loaders: LoaderFactory, context: QueryContext, bodyId: string): Promise<EstablishedBody | undefined> {
  const body = await loaders.for(context).bodies.load(bodyId);
  return body?.status === 'established' ? body : undefined;
}

@Resolver(() => AgendaItemView)
export class AgendaItemCitationResolver {
  constructor(private readonly loaders: LoaderFactory) {}

  @ResolveField(() => String, { description: CITATION })
  async citation(@Parent() item: AgendaItemView, @Context() context: QueryContext): Promise<string> {
    return citationOf(await bodyOf(this.loaders, context, item.bodyId), item.cited);
  }
}

@Resolver(() => ResolutionPartView)
export class ResolutionPartCitationResolver {
  constructor(private readonly loaders: LoaderFactory) {}

  @ResolveField(() => String, { description: CITATION })
  async citation(@Parent() part: ResolutionPartView, @Context() context: QueryContext): Promise<string> {
    return citationOf(await bodyOf(this.loaders, context, part.bodyId), part.cited, part.label);
  }
}

@Resolver(() => DecisionEntry)
export class DecisionCitationResolver {
  constructor(private readonly loaders: LoaderFactory) {}

  @ResolveField(() => String, { description: CITATION })
  async citation(@Parent() entry: DecisionEntry, @Context() context: QueryContext): Promise<string> {
    const cited: Cited = { meetingId: entry.meetingId, heldOn: entry.heldOn, number: entry.itemNumber, minuteNumber: entry.minuteNumber };
    return citationOf(await bodyOf(this.loaders, context, entry.bodyId), cited, entry.part);
  }
}
