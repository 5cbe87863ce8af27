import { seesExemptBusiness } from '@ledger/auth';
import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AgendaItemView, ItemOrderValue } from '../meeting/meeting.model';
import { asScheduled } from '../meeting/meeting-page';
import { itemsOf } from '../meeting/meeting-view';
import { LoaderFactory } from '../read-models/loaders';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs } from '../read-models/read-options.args';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import type { QueryContext } from '../shared/query-context';
import { Paper, PaperConnection } from './paper.model';
import { papersOf } from './papers-of';

@ArgsType()
class PapersArgs extends ListPageArgs {
  @Field(() => ID, { description: 'The body whose meetings considered them.' })
  @IsString()
  bodyId: string;

  @Field({ nullable: true, description: 'Only papers whose title contains these words (any case): the history of a recurring report.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

const PAPER_ID = /^(.+)\/([^/]+)\/paper$/;
const folded = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

@Resolver(() => Paper)
export class PapersResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly repository: ReadModelRepository,
    private readonly loaders: LoaderFactory,
  ) {}

  @Query(() => PaperConnection, {
    description: "The reports a body's meetings considered, oldest first; search by title for a report's history.",
  })
  async papers(
    @Args() args: PapersArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<Paper>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const meetings = await this.repository.meetingsOf(args.bodyId);
    const seesExempt = seesExemptBusiness(context.caller);
    const words = args.search ? folded(args.search) : undefined;
    const papers = meetings
      .flatMap((state) => {
        const meeting = asScheduled(state);
        return meeting ? papersOf(meeting, seesExempt) : [];
      })
      .filter((paper) => words === undefined || folded(paper.title).includes(words));
    return pageOfList(papers, args);
  }

  @Query(() => Paper, { nullable: true, description: 'A paper by id (Paper.paperId); null when there is none the caller may see.' })
  async paper(
    @Args('paperId', { type: () => ID, description: 'The paper id, e.g. lscsb-2018-12-10/33/paper.' }) paperId: string,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<Paper | null> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const [, meetingId, itemNumber] = PAPER_ID.exec(paperId) ?? [];
    if (meetingId === undefined) return null;
    const meeting = asScheduled(await this.loaders.for(context).meetings.load(meetingId));
    return (meeting && papersOf(meeting, seesExemptBusiness(context.caller)).find((paper) => paper.itemNumber === itemNumber)) ?? null;
  }

  @ResolveField(() => AgendaItemView, {
    description: 'The item that considered it: its minute, its resolution and its citation, as the caller may see them.',
  })
  consideredAt(@Parent() paper: Paper, @Context() context: QueryContext): AgendaItemView {
    return itemsOf(paper.meeting, ItemOrderValue.AGENDA, seesExemptBusiness(context.caller)).find(
      (item) => item.number === paper.itemNumber,
    )!;
  }
}
