import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { ProjectionService } from '../read-models/projection.service';
import { ConsistencyArgs } from '../read-models/read-options.args';
import { decisionLink } from '../shared/decision-link.model';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import type { QueryContext } from '../shared/query-context';
import { PeopleDirectory, toPerson } from './people-directory';
import { type Mention, PeopleRepository } from './people.repository';
import {
  type AttendanceCapacityValue,
  Person,
  PersonAttendance,
  PersonAttendanceConnection,
  PersonChairing,
  PersonChairingConnection,
  PersonConnection,
  PersonDeclaration,
  PersonDeclarationConnection,
  PersonOffice,
  PersonOfficeConnection,
  PersonPresentation,
  PersonPresentationConnection,
} from './person.model';

@ArgsType()
class PeopleArgs extends ListPageArgs {
  @Field({ nullable: true, description: 'Only people a form of whose name contains these words (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

const atMeeting = (mention: Mention) => ({
  meetingId: mention.meetingId!,
  bodyId: mention.bodyId,
  heldOn: mention.onDate,
  nameAsPrinted: mention.name,
});

const folded = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly projections: ProjectionService,
    private readonly directory: PeopleDirectory,
    private readonly repository: PeopleRepository,
  ) {}

  @Query(() => Person, { nullable: true, description: 'A person by id (Person.personId); null when the records name nobody by it.' })
  async person(
    @Args('personId', { type: () => ID, description: 'The person id, e.g. quarrie.id.' }) personId: string,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<Person | null> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    return this.directory.byId(context, personId);
  }

  @Query(() => PersonConnection, {
    description: 'Everyone the records name as attending, chairing, presenting, declaring an interest or holding an office, by id.',
  })
  async people(
    @Args() args: PeopleArgs,
    @Args() options: ConsistencyArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<Person>> {
    await this.projections.waitFor(options.waitForPosition, options.waitTimeoutMs);
    const { people } = await this.directory.for(context);
    const words = args.search ? folded(args.search) : undefined;
    const matching =
      words === undefined ? people : people.filter((identity) => identity.nameForms.some((form) => folded(form).includes(words)));
    return pageOfList(matching.map(toPerson), args);
  }

  @ResolveField(() => PersonAttendanceConnection, { description: 'Meetings whose list of attendance names them, oldest first.' })
  async attendance(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonAttendance>> {
    const mentions = await this.mentions(person, ['present', 'apologies', 'in-attendance']);
    return pageOfList(
      mentions.map((mention) => ({
        ...atMeeting(mention),
        as: mention.capacity as AttendanceCapacityValue,
        role: mention.detail.role,
        organisation: mention.detail.organisation,
      })),
      page,
    );
  }

  @ResolveField(() => PersonDeclarationConnection, { description: 'Declarations of interest they made, across every body, oldest first.' })
  async declarations(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonDeclaration>> {
    const mentions = await this.mentions(person, ['declaration']);
    return pageOfList(
      mentions.map((mention) => ({
        ...atMeeting(mention),
        declaredUnderItemNumber: mention.itemNumber!,
        concerningItemNumber: mention.detail.concerningItemNumber,
        concerning: mention.detail.concerning,
        concerningAsPrinted: mention.detail.concerningAsPrinted,
        nature: mention.detail.nature!,
        detail: mention.detail.detail,
      })),
      page,
    );
  }

  @ResolveField(() => PersonPresentationConnection, {
    description: 'Items the minutes say they presented, or were to present and could not attend, oldest first.',
  })
  async presentations(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonPresentation>> {
    const mentions = await this.mentions(person, ['presenter', 'unable-to-attend']);
    return pageOfList(
      mentions.map((mention) => ({
        ...atMeeting(mention),
        itemNumber: mention.itemNumber!,
        presented: mention.capacity === 'presenter',
        role: mention.detail.role,
      })),
      page,
    );
  }

  @ResolveField(() => PersonChairingConnection, { description: 'Meetings whose minutes name them in the chair, oldest first.' })
  async meetingsChaired(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonChairing>> {
    const mentions = await this.mentions(person, ['chair']);
    return pageOfList(
      mentions.map((mention) => ({
        ...atMeeting(mention),
        fromItemNumber: mention.detail.fromItemNumber,
        wording: mention.detail.wording,
      })),
      page,
    );
  }

  @ResolveField(() => PersonOfficeConnection, { description: 'Offices of any body they held, by election or appointment, oldest first.' })
  async offices(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonOffice>> {
    const mentions = await this.mentions(person, ['officeholder']);
    return pageOfList(
      mentions.map((mention) => ({
        bodyId: mention.bodyId,
        office: mention.detail.office!,
        term: mention.detail.term!,
        from: mention.onDate,
        until: mention.untilDate ?? undefined,
        termEndsBy: mention.detail.termEndsBy!,
        electedBy:
          mention.meetingId !== null
            ? decisionLink({ meetingId: mention.meetingId, itemNumber: mention.itemNumber!, ...part(mention) })
            : undefined,
        appointedBy: mention.detail.appointedBy,
        nameAsPrinted: mention.name,
      })),
      page,
    );
  }

  private async mentions(person: Person, capacities: readonly Mention['capacity'][]): Promise<Mention[]> {
    const mentions = await this.repository.mentionsOf(person.nameForms);
    return mentions.filter((mention) => capacities.includes(mention.capacity));
  }
}

const part = (mention: Mention) => (mention.detail.part !== undefined ? { part: mention.detail.part } : {});
