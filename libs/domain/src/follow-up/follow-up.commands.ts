import type { Message } from '../shared/message';
import type { DecisionReference, ItemReference } from '../shared/references';
import type { IsoDate } from '../shared/values';
import type { FollowUpKind } from './follow-up.events';
import type { FollowUpDue } from './follow-up-due';

export type RaiseFollowUp = Message<
  'RaiseFollowUp',
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

/** `bodyId` and `fulfilledOn` describe the fulfilling meeting, so the rules can be checked here. */
export type FulfilFollowUp = Message<
  'FulfilFollowUp',
  { followUpId: string; fulfilledBy: ItemReference; bodyId: string; fulfilledOn: IsoDate }
>;

export type DropFollowUp = Message<'DropFollowUp', { followUpId: string; reason: string; droppedOn: IsoDate }>;

export type FollowUpCommand = RaiseFollowUp | FulfilFollowUp | DropFollowUp;
export type FollowUpCommandType = FollowUpCommand['type'];
