import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { organisationKey } from '@ledger/domain';
import { Membership } from '../body/body.model';
import { type CountedConnection, ListPageArgs, pageOfList } from '../shared/list-connection';
import type { QueryContext } from '../shared/query-context';
import { PeopleDirectory } from './people-directory';
import { type Mention, PeopleRepository } from './people.repository';
import {
  MembershipRepresentative,
  MembershipRepresentativeConnection,
  Person,
  PersonOrganisation,
  PersonOrganisationConnection,
} from './person.model';

const ATTENDANCE: readonly Mention['capacity'][] = ['present', 'apologies', 'in-attendance'];

/** Mentions grouped by a key, in the order each group first appears (the mentions come oldest first). */
function groupedBy(mentions: readonly Mention[], keyOf: (mention: Mention) => string): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = keyOf(mention);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  return [...groups.values()];
}

const meetingsIn = (mentions: readonly Mention[]) => new Set(mentions.map((mention) => mention.meetingId)).size;

/** Who represented a member organisation, as the lists of attendance print names with organisations. */
@Resolver(() => Membership)
export class MembershipRepresentativesResolver {
  private readonly perRequest = new WeakMap<object, Map<string, Promise<Mention[]>>>();

  constructor(
    private readonly repository: PeopleRepository,
    private readonly directory: PeopleDirectory,
  ) {}

  @ResolveField(() => MembershipRepresentativeConnection, {
    description:
      'People the lists of attendance print with the organisation\'s name (as admitted, or differing only in case, spacing, "&" or a leading "The") at the body\'s meetings while it was a member, earliest first. Empty where the minutes print no organisations with names.',
  })
  async representatives(
    @Parent() membership: Membership,
    @Args() page: ListPageArgs,
    @Context() context: QueryContext,
  ): Promise<CountedConnection<MembershipRepresentative>> {
    const key = organisationKey(membership.organisationName);
    const during = (await this.attendanceOf(membership.bodyId, context)).filter(
      (mention) =>
        organisationKey(mention.detail.organisation!) === key &&
        mention.onDate >= membership.from &&
        (membership.until === undefined || mention.onDate < membership.until),
    );
    const { personOf } = await this.directory.for(context);
    const representatives = groupedBy(during, (mention) => personOf(mention.name) ?? `name:${mention.name}`).map((mentions) => {
      const attended = mentions.filter((mention) => mention.capacity !== 'apologies');
      return {
        nameAsPrinted: mentions.at(-1)!.name,
        firstOn: mentions[0]!.onDate,
        lastOn: mentions.at(-1)!.onDate,
        attended: meetingsIn(attended),
        apologies: meetingsIn(mentions.filter((mention) => mention.capacity === 'apologies')),
      };
    });
    return pageOfList(representatives, page);
  }

  /** A body's attendance with organisations, read once per request however many memberships ask. */
  private attendanceOf(bodyId: string, context: object): Promise<Mention[]> {
    const cached = this.perRequest.get(context) ?? new Map<string, Promise<Mention[]>>();
    this.perRequest.set(context, cached);
    if (!cached.has(bodyId)) cached.set(bodyId, this.repository.attendanceWithOrganisations(bodyId));
    return cached.get(bodyId)!;
  }
}

@Resolver(() => Person)
export class PersonOrganisationsResolver {
  constructor(private readonly repository: PeopleRepository) {}

  @ResolveField(() => PersonOrganisationConnection, {
    description: 'Organisations the lists of attendance print with their name, body by body, earliest first.',
  })
  async organisations(@Parent() person: Person, @Args() page: ListPageArgs): Promise<CountedConnection<PersonOrganisation>> {
    const printed = (await this.repository.mentionsOf(person.nameForms)).filter(
      (mention) => ATTENDANCE.includes(mention.capacity) && mention.detail.organisation !== undefined,
    );
    const organisations = groupedBy(printed, (mention) =>
      JSON.stringify([mention.bodyId, organisationKey(mention.detail.organisation!)]),
    ).map((mentions) => ({
      organisation: mentions.at(-1)!.detail.organisation!,
      bodyId: mentions[0]!.bodyId,
      firstOn: mentions[0]!.onDate,
      lastOn: mentions.at(-1)!.onDate,
      meetings: meetingsIn(mentions),
    }));
    return pageOfList(organisations, page);
  }
}
