import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { seesExemptBusiness } from '@ledger/auth';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs } from '../read-models/read-options.args';
import { LoaderFactory } from '../read-models/loaders';
import { citationOf, itemIdOf } from '../shared/citation';
import { type CountedConnection, listWindow, pageOfWindow } from '../shared/list-connection';
import type { QueryContext } from '../shared/query-context';
import { markMatches, parseHighlights } from './highlights';
import { MinuteSearchArgs } from './minute-search.args';
import { MinuteSearchConnection, MinuteSearchHit } from './minute-search.model';
import { MinuteSearchRepository, type PassageHit } from './minute-search.repository';

function toHit(hit: PassageHit): MinuteSearchHit {
  const highlighted = parseHighlights(hit.marked);
  return {
    meetingId: hit.meetingId,
    bodyId: hit.bodyId,
    heldOn: hit.heldOn,
    itemNumber: hit.itemNumber,
    minuteNumber: hit.minuteNumber,
    itemId: itemIdOf({ meetingId: hit.meetingId, number: hit.itemNumber }),
    itemTitle: hit.itemTitle,
    kind: hit.kind,
    label: hit.label || undefined,
    text: hit.text,
    rank: hit.rank,
    excerpt: highlighted.excerpt,
    highlights: [...highlighted.spans],
    highlightedExcerpt: highlighted,
  };
}

@Resolver(() => MinuteSearchHit)
export class MinuteSearchResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly search: MinuteSearchRepository,
    private readonly loaders: LoaderFactory,
  ) {}

  @Query(() => MinuteSearchConnection, {
    description:
      "Searches the words of the minutes: every paragraph and point, resolution part and confirmed correction, with each item's title; best matches first, each with its excerpt and where it matched. The public's search leaves out what the public may not read.",
  })
  async searchMinutes(
    @Args() args: MinuteSearchArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<MinuteSearchHit>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const search = {
      words: args.words,
      bodyId: args.bodyId,
      from: args.from,
      to: args.to,
      kinds: args.kinds,
      // Exempt business is never found by the public, not even by its words.
      includeExempt: seesExemptBusiness(context.caller),
    };
    const total = await this.search.count(search);
    const window = listWindow(args, total);
    const hits = await this.search.page(search, window.start, window.end - window.start);
    return pageOfWindow(hits.map(toHit), window, total);
  }

  @ResolveField(() => String, { description: 'The excerpt with each match between `open` and `close` (the text itself is not escaped).' })
  highlighted(
    @Parent() hit: MinuteSearchHit,
    @Args('open', { defaultValue: '<mark>', description: 'Put before each match.' }) open: string,
    @Args('close', { defaultValue: '</mark>', description: 'Put after each match.' }) close: string,
  ): string {
    return markMatches(hit.highlightedExcerpt, open, close);
  }

  @ResolveField(() => String, {
    description:
      'As a clerk cites it: the body\'s short name on the day, the day, and the printed minute number with the point or part, e.g. "LSCSB 10 December 2018, minute 36(b)".',
  })
  async citation(@Parent() hit: MinuteSearchHit, @Context() context: QueryContext): Promise<string> {
    const body = await this.loaders.for(context).bodies.load(hit.bodyId);
    const cited = { meetingId: hit.meetingId, heldOn: hit.heldOn, number: hit.itemNumber, minuteNumber: hit.minuteNumber };
    return citationOf(body?.status === 'established' ? body : undefined, cited, hit.kind === 'correction' ? undefined : hit.label);
  }
}
