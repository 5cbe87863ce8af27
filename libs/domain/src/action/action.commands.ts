import type { Message } from '../shared/message';
import type { ItemReference } from '../shared/references';
import type { IsoDate } from '../shared/values';
import type { ActionSource } from './action.events';

export type RaiseAction = Message<
  'RaiseAction',
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

/** `notedAt` is the action-log item of the meeting that heard the update, when there was one. */
export type NoteActionProgress = Message<
  'NoteActionProgress',
  { actionId: string; note: string; notedOn: IsoDate; notedAt?: ItemReference }
>;

export type CompleteAction = Message<'CompleteAction', { actionId: string; completedOn: IsoDate; note?: string; notedAt?: ItemReference }>;

export type DropAction = Message<'DropAction', { actionId: string; reason: string; droppedOn: IsoDate }>;

export type ActionCommand = RaiseAction | NoteActionProgress | CompleteAction | DropAction;
export type ActionCommandType = ActionCommand['type'];
