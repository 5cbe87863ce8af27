import type { Message } from '../shared/message';
import type { ItemReference, MinuteReference } from '../shared/references';
import type { IsoDate } from '../shared/values';

/** Where on the minutes an action came from: an item, a numbered point, or a lettered resolution part. */
export interface ActionSource extends MinuteReference {
  readonly part?: string;
}

export type ActionRaised = Message<
  'ActionRaised',
  {
    actionId: string;
    bodyId: string;
    raisedFrom: ActionSource;
    raisedOn: IsoDate;
    owner: string;
    description: string;
    dueOn?: IsoDate;
  }
>;

export type ActionProgressNoted = Message<
  'ActionProgressNoted',
  { actionId: string; note: string; notedOn: IsoDate; notedAt?: ItemReference }
>;

export type ActionCompleted = Message<
  'ActionCompleted',
  { actionId: string; completedOn: IsoDate; note?: string; notedAt?: ItemReference }
>;

export type ActionDropped = Message<'ActionDropped', { actionId: string; reason: string; droppedOn: IsoDate }>;

export type ActionEvent = ActionRaised | ActionProgressNoted | ActionCompleted | ActionDropped;
export type ActionEventType = ActionEvent['type'];
