import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OfficeholderOnDate } from '../body/office-on-date.model';
import { Officeholder } from '../body/body.model';
import { ActionView, FollowUpView } from '../follow-up/follow-up.model';
import { AttendeeView, DeclarationView, MeetingChairView, PresenterView } from '../meeting/meeting.model';
import type { QueryContext } from '../shared/query-context';
import { PeopleDirectory } from './people-directory';
import { MembershipRepresentative, Person } from './person.model';

const PERSON_LINK =
  'The person this name is, as the ledger matches names (see Person.matchedBecause); null when the name is not a person\'s ("the Chair") or is not matched.';

/** A `person` field on a type that prints a name: the person the name is, as the ledger matches names today. */
function personLink<View>(type: Type<View>, nameOf: (view: View) => string | undefined): Type<unknown> {
  @Resolver(() => type)
  class PersonLinkResolver {
    constructor(readonly directory: PeopleDirectory) {}

    @ResolveField(() => Person, { nullable: true, description: PERSON_LINK })
    person(@Parent() view: View, @Context() context: QueryContext): Promise<Person | null> {
      const name = nameOf(view);
      return name === undefined ? Promise.resolve(null) : this.directory.named(context, name);
    }
  }
  Object.defineProperty(PersonLinkResolver, 'name', { value: `${type.name}PersonLink` });
  return PersonLinkResolver;
}

export const PERSON_LINK_RESOLVERS = [
  personLink(AttendeeView, (view) => view.name),
  personLink(DeclarationView, (view) => view.member),
  personLink(PresenterView, (view) => view.name),
  personLink(MeetingChairView, (view) => view.chair),
  personLink(Officeholder, (view) => view.holder),
  personLink(OfficeholderOnDate, (view) => view.holder),
  personLink(MembershipRepresentative, (view) => view.nameAsPrinted),
  // Asked of a person only where the name is one the records print elsewhere (attendance, offices …); an organisation is no person.
  personLink(FollowUpView, (view) => view.askedOf),
  personLink(ActionView, (view) => view.owner),
];
