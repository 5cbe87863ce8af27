import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isConfidentialText, type DecisionReference } from '@ledger/domain';
import { seesExemptBusiness } from '@ledger/auth';
import { LoaderFactory } from '../read-models/loaders';
import { changesMadeBy } from '../body/body-at-date';
import { BodyChange } from '../body/body.model';
import { asScheduled } from '../meeting/meeting-page';
import { toMeeting } from '../meeting/meeting-view';
import { Meeting, ResolutionPartView } from '../meeting/meeting.model';
import { DecisionKindEnum } from '../platform/graphql/enums/decision-kind.enum';
import { DecisionLink } from './decision-link.model';
import type { QueryContext } from './query-context';

async function resolutionPart(loaders: LoaderFactory, context: QueryContext, link: DecisionReference) {
  const meeting = asScheduled(await loaders.for(context).meetings.load(link.meetingId));
  const item = meeting?.items.find((candidate) => candidate.number === link.itemNumber);
  const part = meeting?.resolutions[link.itemNumber]?.find((candidate) => (candidate.label ?? '') === (link.part ?? ''));
  return { meeting, item, part };
}

/** Follows a decision reference to the meeting, item and resolution part it names. */
@Resolver(() => DecisionLink)
export class DecisionLinkResolver {
  constructor(private readonly loaders: LoaderFactory) {}

  @ResolveField(() => Meeting, { nullable: true, description: 'The meeting that decided.' })
  async meeting(@Parent() link: DecisionLink, @Context() context: QueryContext): Promise<Meeting | null> {
    const { meeting } = await resolutionPart(this.loaders, context, link);
    return meeting ? toMeeting(meeting) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The title of the item.' })
  async itemTitle(@Parent() link: DecisionLink, @Context() context: QueryContext): Promise<string | undefined> {
    return (await resolutionPart(this.loaders, context, link)).item?.title;
  }

  @ResolveField(() => String, { nullable: true, description: 'The text of the resolution part.' })
  async partText(@Parent() link: DecisionLink, @Context() context: QueryContext): Promise<string | undefined> {
    const { meeting, part } = await resolutionPart(this.loaders, context, link);
    return meeting && isConfidentialText(meeting, link.itemNumber, 'resolution') && !seesExemptBusiness(context.caller)
      ? undefined
      : part?.text;
  }

  @ResolveField(() => DecisionKindEnum, { nullable: true, description: 'The kind of decision.' })
  async kind(@Parent() link: DecisionLink, @Context() context: QueryContext): Promise<string | undefined> {
    return (await resolutionPart(this.loaders, context, link)).part?.kind;
  }
}

/** The way back: from a resolution part to the changes it made to the body. */
@Resolver(() => ResolutionPartView)
export class ResolutionPartResolver {
  constructor(private readonly loaders: LoaderFactory) {}

  @ResolveField(() => [BodyChange], { description: 'What this decision changed on the body: members, name, terms of reference, offices.' })
  async bodyChanges(@Parent() part: ResolutionPartView, @Context() context: QueryContext): Promise<BodyChange[]> {
    const body = await this.loaders.for(context).bodies.load(part.bodyId);
    if (body?.status !== 'established') return [];
    return changesMadeBy(body, { meetingId: part.meetingId, itemNumber: part.itemNumber, part: part.label }).map((change) => ({
      ...change,
      bodyId: part.bodyId,
    }));
  }
}
