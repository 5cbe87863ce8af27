import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EstablishedBody } from '@ledger/domain';
import { OfficeEnum } from '../platform/graphql/enums/office.enum';
import { DecisionLink } from '../shared/decision-link.model';
import { ListConnectionOf } from '../shared/list-connection';

@ObjectType({ description: 'A partnership board, as its record stands (or stood, with asRecordedAt).' })
export class Body {
  @Field(() => ID, { description: 'The body id, e.g. lscsb.' })
  bodyId: string;

  @Field({ nullable: true, description: 'The date the body was established, when recorded.' })
  establishedOn?: string;

  /**
   * The folded record, when it is at hand (read as recorded at a past moment); otherwise fields
   * read what they need from the read models: an answer at a date from its own row, the whole
   * record only for the fields that list its history.
   */
  state?: EstablishedBody;
  /** Set when the body is read as recorded at a past moment; nested reads follow it. */
  asRecordedAt?: Date;
}

/** A body as its read models' summary row gives it (null when there is none), before any field asks for its record. */
export const bodyFromSummary = (bodyId: string, summary: { readonly establishedOn: string | null } | undefined): Body | null =>
  summary ? { bodyId, establishedOn: summary.establishedOn ?? undefined } : null;

@ObjectType({ description: 'A name of a body, and the decision that gave it.' })
export class BodyNameView {
  @Field({ description: 'The full name, e.g. Leicestershire Safer Communities Strategy Board.' }) name: string;
  @Field({ description: 'The short name, e.g. LSCSB.' }) shortName: string;
  @Field({ nullable: true, description: 'In force from this date; null for the name first recorded.' })
  inForceFrom?: string;
  @Field(() => DecisionLink, { nullable: true, description: 'The decision that gave the name, when recorded.' })
  decision?: DecisionLink;
}

@ObjectType({ description: 'A period of membership of an organisation in a body.' })
export class Membership {
  @Field(() => ID, { description: 'Stable id of the member organisation, e.g. rutland-county-council.' }) organisationId: string;
  @Field({ description: "The organisation's name as recorded when it was admitted." }) organisationName: string;
  @Field({ description: 'A member from this date.' }) from: string;
  @Field({ nullable: true, description: 'A member until the day before this date; null while still a member.' })
  until?: string;
  @Field(() => DecisionLink, { description: 'The resolution that admitted it.' }) admittedBy: DecisionLink;
  @Field(() => DecisionLink, { nullable: true, description: 'The resolution that withdrew it.' }) withdrawnBy?: DecisionLink;
  /** The body it is a member of, for the people who represented it. */
  bodyId: string;
}

export const MembershipConnection = ListConnectionOf(Membership, 'MembershipConnection', 'Periods of membership, a page at a time.');

@ObjectType({ description: 'A clause of the terms of reference; its id is stable across versions.' })
export class ClauseView {
  @Field(() => ID, { description: 'The clause id, stable across versions, e.g. 4.2.' }) id: string;
  @Field({ description: 'The clause heading.' }) heading: string;
  @Field({ description: 'The clause text.' }) text: string;
}

@ObjectType({ description: 'One change an amendment made to a clause.' })
export class ClauseAmendmentView {
  @Field({ description: 'replaced, inserted or removed.' }) change: string;
  @Field(() => ID, { description: 'The clause amended.' }) clauseId: string;
  @Field({ nullable: true, description: 'The new heading, for a replaced or inserted clause.' }) heading?: string;
  @Field({ nullable: true, description: 'The new text, for a replaced or inserted clause.' }) text?: string;
  @Field({ nullable: true, description: 'For an inserted clause: the clause it follows (null: first).' }) afterClauseId?: string;
}

@ObjectType({ description: 'A version of the terms of reference.' })
export class TermsOfReferenceVersionView {
  @Field(() => Int, { description: 'The version number, from 1.' }) version: number;
  @Field({ description: 'In force from this date.' }) inForceFrom: string;
  @Field(() => [ClauseView], { description: 'The whole text of this version, clause by clause.' }) clauses: ClauseView[];
  @Field(() => DecisionLink, { description: 'The resolution that adopted or amended it.' }) decision: DecisionLink;
  @Field(() => [ClauseAmendmentView], { nullable: true, description: 'What changed from the previous version; null when adopted whole.' })
  amendments?: ClauseAmendmentView[];
}

export enum ClauseChangeValue {
  ADDED = 'added',
  REMOVED = 'removed',
  CHANGED = 'changed',
  UNCHANGED = 'unchanged',
}
registerEnumType(ClauseChangeValue, {
  name: 'ClauseChange',
  description: 'How a clause differs between two versions.',
  valuesMap: {
    ADDED: { description: 'In the later version only.' },
    REMOVED: { description: 'In the earlier version only.' },
    CHANGED: { description: 'In both, with a different heading or text.' },
    UNCHANGED: { description: 'In both, the same.' },
  },
});

@ObjectType({ description: 'A clause compared between two versions of the terms of reference.' })
export class ClauseDifferenceView {
  @Field(() => ID, { description: 'The clause compared.' }) clauseId: string;
  @Field(() => ClauseChangeValue, { description: 'Whether the clause was added, removed, changed or left unchanged.' })
  change: ClauseChangeValue;
  @Field(() => ClauseView, { nullable: true, description: 'The clause in the earlier version.' }) before?: ClauseView;
  @Field(() => ClauseView, { nullable: true, description: 'The clause in the later version.' }) after?: ClauseView;
}

@ObjectType({ description: 'Someone holding an office of a body.' })
export class Officeholder {
  @Field(() => OfficeEnum, { description: 'The office held.' }) office: string;
  @Field({ description: 'The municipal year, e.g. 2019/20.' }) term: string;
  @Field({ description: 'The name of the person holding it.' }) holder: string;
  @Field({ description: 'In office from this date.' }) from: string;
  @Field({ nullable: true, description: 'In office until the day before this date.' }) until?: string;
  @Field(() => DecisionLink, { nullable: true, description: 'The resolution that elected them; null when appointed.' })
  electedBy?: DecisionLink;
  @Field({ nullable: true, description: 'The post by virtue of which they hold the office, when appointed.' })
  appointedBy?: string;
}

@ObjectType({ description: 'An office the board left vacant for a term, and why.' })
export class VacancyView {
  @Field(() => OfficeEnum, { description: 'The office left vacant.' }) office: string;
  @Field({ description: 'The municipal year, e.g. 2019/20.' }) term: string;
  @Field({ description: 'The date from which it was left vacant.' }) asOf: string;
  @Field({ description: 'Why, as the minutes said.' }) reason: string;
  @Field(() => DecisionLink, { description: 'The resolution that left it vacant.' }) decision: DecisionLink;
}

@ObjectType({ description: 'A change to a body that a decision made.' })
export class BodyChange {
  @Field(() => ID, { description: 'The body changed.' }) bodyId: string;
  @Field({ description: 'What changed, in words.' }) description: string;
  @Field({ nullable: true, description: 'In force from this date.' }) inForceFrom?: string;
}
