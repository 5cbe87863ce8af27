import type { Message } from '../shared/message';
import type { DecisionReference, ItemReference } from '../shared/references';
import type { IsoDate } from '../shared/values';
import type { FollowUpDue } from './follow-up-due';

/** What a decision asked to come back: a further report, a presentation, an agenda item, a deferred item. */
export type FollowUpKind = 'report' | 'presentation' | 'agenda-item' | 'deferred-item';
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['report', 'presentation', 'agenda-item', 'deferred-item'];

export type FollowUpRaised = Message<
  'FollowUpRaised',
  {
    followUpId: string;
    bodyId: string;
    raisedBy: DecisionReference;
    raisedOn: IsoDate;
    kind: FollowUpKind;
    subject: string;
    askedOf?: string;
    due: FollowUpDue;
  }
>;

export type FollowUpFulfilled = Message<'FollowUpFulfilled', { followUpId: string; fulfilledBy: ItemReference; fulfilledOn: IsoDate }>;

export type FollowUpDropped = Message<'FollowUpDropped', { followUpId: string; reason: string; droppedOn: IsoDate }>;

export type FollowUpEvent = FollowUpRaised | FollowUpFulfilled | FollowUpDropped;
export type FollowUpEventType = FollowUpEvent['type'];
