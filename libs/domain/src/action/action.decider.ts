import type { Decider } from '../shared/decider';
import { AggregateAlreadyExists, AggregateNotFound, violation } from '../shared/domain-error';
import { assertNever, unhandledEvent } from '../shared/message';
import { requireItemReference, type ItemReference } from '../shared/references';
import { requireDate, requireText, requireTextIfGiven, type IsoDate } from '../shared/values';
import type { ActionCommand, RaiseAction } from './action.commands';
import type { ActionEvent, ActionSource } from './action.events';

export interface ProgressNote {
  readonly note: string;
  readonly notedOn: IsoDate;
  readonly notedAt?: ItemReference;
}

export interface RaisedAction {
  readonly status: 'open' | 'completed' | 'dropped';
  readonly actionId: string;
  readonly bodyId: string;
  readonly raisedFrom: ActionSource;
  readonly raisedOn: IsoDate;
  readonly owner: string;
  readonly description: string;
  readonly dueOn?: IsoDate;
  readonly progress: readonly ProgressNote[];
  readonly closedOn?: IsoDate;
  readonly closingNote?: string;
}

export type ActionState = { readonly status: 'not-raised' } | RaisedAction;

export const initialActionState: ActionState = { status: 'not-raised' };

export function decideAction(command: ActionCommand, state: ActionState): ActionEvent[] {
  if (command.type === 'RaiseAction') {
    if (state.status !== 'not-raised') throw new AggregateAlreadyExists('action', command.data.actionId, command.type);
    return raise(command);
  }
  if (state.status === 'not-raised') throw new AggregateNotFound('action', command.data.actionId, command.type);
  const action = state;

  switch (command.type) {
    case 'NoteActionProgress': {
      const { actionId, note, notedOn, notedAt } = command.data;
      requireText('note', note);
      requireDate('notedOn', notedOn);
      if (notedAt !== undefined) requireItemReference('notedAt', notedAt);
      refuseIfClosed(action);
      refuseDateBeforeRaised(action, notedOn, 'noted');
      return [{ type: 'ActionProgressNoted', data: { actionId, note, notedOn, ...(notedAt && { notedAt }) } }];
    }
    case 'CompleteAction': {
      const { actionId, completedOn, note, notedAt } = command.data;
      requireDate('completedOn', completedOn);
      requireTextIfGiven('note', note);
      if (notedAt !== undefined) requireItemReference('notedAt', notedAt);
      refuseIfClosed(action);
      refuseDateBeforeRaised(action, completedOn, 'completed');
      return [
        {
          type: 'ActionCompleted',
          data: { actionId, completedOn, ...(note !== undefined && { note }), ...(notedAt && { notedAt }) },
        },
      ];
    }
    case 'DropAction': {
      const { actionId, reason, droppedOn } = command.data;
      requireText('reason', reason);
      requireDate('droppedOn', droppedOn);
      refuseIfClosed(action);
      refuseDateBeforeRaised(action, droppedOn, 'dropped');
      return [{ type: 'ActionDropped', data: { actionId, reason, droppedOn } }];
    }
    default:
      return assertNever(command);
  }
}

function raise({ data }: RaiseAction): ActionEvent[] {
  requireText('actionId', data.actionId);
  requireText('bodyId', data.bodyId);
  requireItemReference('raisedFrom', data.raisedFrom);
  requireTextIfGiven('raisedFrom.point', data.raisedFrom.point);
  requireTextIfGiven('raisedFrom.part', data.raisedFrom.part);
  requireDate('raisedOn', data.raisedOn);
  requireText('owner', data.owner);
  requireText('description', data.description);
  if (data.dueOn !== undefined) {
    requireDate('dueOn', data.dueOn);
    if (data.dueOn < data.raisedOn) {
      throw violation('DATE_BEFORE_RAISED', `An action raised on ${data.raisedOn} cannot be due on ${data.dueOn}`);
    }
  }
  const { actionId, bodyId, raisedFrom, raisedOn, owner, description, dueOn } = data;
  return [
    {
      type: 'ActionRaised',
      data: { actionId, bodyId, raisedFrom, raisedOn, owner, description, ...(dueOn !== undefined && { dueOn }) },
    },
  ];
}

function refuseIfClosed(action: RaisedAction): void {
  if (action.status === 'completed') {
    throw violation('ACTION_ALREADY_COMPLETED', `The action "${action.description}" was completed on ${action.closedOn}`);
  }
  if (action.status === 'dropped') {
    throw violation('ACTION_ALREADY_DROPPED', `The action "${action.description}" was dropped on ${action.closedOn}`);
  }
}

function refuseDateBeforeRaised(action: RaisedAction, date: IsoDate, what: string): void {
  if (date < action.raisedOn) {
    throw violation('DATE_BEFORE_RAISED', `The action was raised on ${action.raisedOn}; it cannot be ${what} on ${date}`);
  }
}

export function evolveAction(state: ActionState, event: ActionEvent): ActionState {
  if (event.type === 'ActionRaised') {
    return state.status === 'not-raised' ? { status: 'open', ...event.data, progress: [] } : state;
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'ActionProgressNoted': {
      const { note, notedOn, notedAt } = event.data;
      return { ...state, progress: [...state.progress, { note, notedOn, ...(notedAt && { notedAt }) }] };
    }
    case 'ActionCompleted': {
      const { completedOn, note } = event.data;
      return { ...state, status: 'completed', closedOn: completedOn, ...(note !== undefined && { closingNote: note }) };
    }
    case 'ActionDropped': {
      const { droppedOn, reason } = event.data;
      return { ...state, status: 'dropped', closedOn: droppedOn, closingNote: reason };
    }
    default:
      return unhandledEvent(event, state);
  }
}

export const actionDecider: Decider<ActionCommand, ActionEvent, ActionState> = {
  decide: decideAction,
  evolve: evolveAction,
  initialState: initialActionState,
};
