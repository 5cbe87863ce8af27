import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { FollowUpKindEnum } from '../platform/graphql/enums/follow-up-kind.enum';
import { DecisionLink } from '../shared/decision-link.model';
import { ListConnectionOf } from '../shared/list-connection';

export enum FollowUpStatusValue {
  OUTSTANDING = 'outstanding',
  FULFILLED = 'fulfilled',
  DROPPED = 'dropped',
}
registerEnumType(FollowUpStatusValue, {
  name: 'FollowUpStatus',
  description: 'Whether a follow-up is still owed.',
  valuesMap: {
    OUTSTANDING: { description: 'Still owed: no later item has fulfilled it.' },
    FULFILLED: { description: 'A later agenda item fulfilled it.' },
    DROPPED: { description: 'The board no longer expects it.' },
  },
});

export enum ActionStatusValue {
  OPEN = 'open',
  COMPLETED = 'completed',
  DROPPED = 'dropped',
}
registerEnumType(ActionStatusValue, {
  name: 'ActionStatus',
  description: 'Where an action of the action log stands.',
  valuesMap: {
    OPEN: { description: 'Still to be done.' },
    COMPLETED: { description: 'Done.' },
    DROPPED: { description: 'Will not be done.' },
  },
});

@ObjectType({ description: 'An agenda item of a particular meeting.' })
export class ItemLink {
  @Field(() => ID, { description: 'The meeting, e.g. lscsb-2019-09-20.' }) meetingId: string;
  @Field({ description: "The item number on that meeting's agenda, e.g. 5 or 7(b)." }) itemNumber: string;
}

@ObjectType({ description: 'Something a board asked for (a report, a presentation, a deferred item) and whether it came.' })
export class FollowUpView {
  @Field(() => ID, { description: 'Stable id of the follow-up.' }) followUpId: string;
  @Field(() => ID, { description: 'The body that asked for it.' }) bodyId: string;
  @Field(() => FollowUpStatusValue, { description: 'Outstanding, fulfilled or dropped (as of the date asked about).' })
  status: FollowUpStatusValue;
  @Field(() => FollowUpKindEnum, { description: 'A report, a presentation, an agenda item or a deferred item.' }) kind: string;
  @Field({ description: 'What is asked for.' }) subject: string;
  @Field({ nullable: true, description: 'Of whom.' }) askedOf?: string;
  @Field(() => GraphQLJSONObject, {
    description: 'When it is due, as the minutes said: next meeting, a future meeting, a month or a date.',
  })
  due: object;
  @Field({ description: 'The date of the meeting that asked for it (YYYY-MM-DD).' }) raisedOn: string;
  @Field(() => DecisionLink, { description: 'The decision that asked for it.' }) raisedBy: DecisionLink;
  @Field(() => ItemLink, { nullable: true, description: 'The item that fulfilled it.' }) fulfilledBy?: ItemLink;
  @Field({ nullable: true, description: 'The date of the meeting whose item fulfilled it; null while not fulfilled.' })
  fulfilledOn?: string;
  @Field({ nullable: true, description: 'Why the board no longer expects it; null unless dropped.' }) droppedReason?: string;
  @Field({ nullable: true, description: 'The date it was dropped; null unless dropped.' }) droppedOn?: string;
}

@ObjectType({ description: 'A note of progress on an action.' })
export class ActionProgressView {
  @Field({ description: 'What was reported.' }) note: string;
  @Field({ description: 'The date the progress was noted (YYYY-MM-DD).' }) notedOn: string;
  @Field(() => ItemLink, { nullable: true, description: 'The meeting item at which it was reported, when it was reported at a meeting.' })
  notedAt?: ItemLink;
}

@ObjectType({ description: "An action in a board's action log." })
export class ActionView {
  @Field(() => ID, { description: 'Stable id of the action.' }) actionId: string;
  @Field(() => ID, { description: 'The body whose action log it is on.' }) bodyId: string;
  @Field(() => ActionStatusValue, { description: 'Open, completed or dropped.' }) status: ActionStatusValue;
  @Field({ description: 'Who is to do it, as the minutes name them.' }) owner: string;
  @Field({ description: 'What is to be done.' }) description: string;
  @Field({ description: 'The date it was raised (YYYY-MM-DD).' }) raisedOn: string;
  @Field(() => ItemLink, { description: 'The minute it was raised from.' }) raisedFrom: ItemLink;
  @Field({ nullable: true, description: 'The date it is due, when one was set.' }) dueOn?: string;
  @Field(() => [ActionProgressView], { description: 'Progress notes, oldest first.' }) progress: ActionProgressView[];
  @Field({ nullable: true, description: 'The date it was completed or dropped; null while open.' }) closedOn?: string;
  @Field({ nullable: true, description: 'What was said when it was completed or dropped.' }) closingNote?: string;
}

export const FollowUpConnection = ListConnectionOf(FollowUpView, 'FollowUpConnection', 'Follow-ups, oldest first, a page at a time.');
export const ActionConnection = ListConnectionOf(ActionView, 'ActionConnection', 'Actions, oldest first, a page at a time.');
