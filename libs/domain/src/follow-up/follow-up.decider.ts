import type { Decider } from '../shared/decider';
import { AggregateAlreadyExists, AggregateNotFound, InvalidValue, violation } from '../shared/domain-error';
import { assertNever, unhandledEvent } from '../shared/message';
import { requireDecisionReference, requireItemReference, type DecisionReference, type ItemReference } from '../shared/references';
import { requireDate, requireText, requireTextIfGiven, type IsoDate } from '../shared/values';
import type { FollowUpCommand, RaiseFollowUp } from './follow-up.commands';
import { FOLLOW_UP_KINDS, type FollowUpEvent, type FollowUpKind } from './follow-up.events';
import { requireFollowUpDue, type FollowUpDue } from './follow-up-due';

export interface RaisedFollowUp {
  readonly status: 'outstanding' | 'fulfilled' | 'dropped';
  readonly followUpId: string;
  readonly bodyId: string;
  readonly raisedBy: DecisionReference;
  readonly raisedOn: IsoDate;
  readonly kind: FollowUpKind;
  readonly subject: string;
  readonly askedOf?: string;
  readonly due: FollowUpDue;
  readonly fulfilment?: { readonly fulfilledBy: ItemReference; readonly fulfilledOn: IsoDate };
  readonly dropping?: { readonly reason: string; readonly droppedOn: IsoDate };
}

export type FollowUpState = { readonly status: 'not-raised' } | RaisedFollowUp;

export const initialFollowUpState: FollowUpState = { status: 'not-raised' };

export function decideFollowUp(command: FollowUpCommand, state: FollowUpState): FollowUpEvent[] {
  if (command.type === 'RaiseFollowUp') {
    if (state.status !== 'not-raised') throw new AggregateAlreadyExists('follow-up', command.data.followUpId, command.type);
    return raise(command);
  }
  if (state.status === 'not-raised') throw new AggregateNotFound('follow-up', command.data.followUpId, command.type);
  const followUp = state;

  switch (command.type) {
    case 'FulfilFollowUp': {
      const { followUpId, fulfilledBy, bodyId, fulfilledOn } = command.data;
      requireItemReference('fulfilledBy', fulfilledBy);
      requireText('bodyId', bodyId);
      requireDate('fulfilledOn', fulfilledOn);
      refuseIfSettled(followUp);
      if (bodyId !== followUp.bodyId) {
        throw violation(
          'FOLLOW_UP_FULFILLED_BY_ANOTHER_BODY',
          `A follow-up raised by ${followUp.bodyId} cannot be fulfilled at a meeting of ${bodyId}`,
        );
      }
      if (fulfilledOn <= followUp.raisedOn || fulfilledBy.meetingId === followUp.raisedBy.meetingId) {
        throw violation(
          'FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING',
          `A follow-up raised on ${followUp.raisedOn} is fulfilled by a later meeting, not one held on ${fulfilledOn}`,
        );
      }
      return [{ type: 'FollowUpFulfilled', data: { followUpId, fulfilledBy, fulfilledOn } }];
    }
    case 'DropFollowUp': {
      const { followUpId, reason, droppedOn } = command.data;
      requireText('reason', reason);
      requireDate('droppedOn', droppedOn);
      refuseIfSettled(followUp);
      if (droppedOn < followUp.raisedOn) {
        throw violation('DATE_BEFORE_RAISED', `The follow-up was raised on ${followUp.raisedOn}; it cannot be dropped on ${droppedOn}`);
      }
      return [{ type: 'FollowUpDropped', data: { followUpId, reason, droppedOn } }];
    }
    default:
      return assertNever(command);
  }
}

function raise({ data }: RaiseFollowUp): FollowUpEvent[] {
  requireText('followUpId', data.followUpId);
  requireText('bodyId', data.bodyId);
  requireDecisionReference('raisedBy', data.raisedBy);
  requireDate('raisedOn', data.raisedOn);
  if (!FOLLOW_UP_KINDS.includes(data.kind)) {
    throw new InvalidValue('UNKNOWN_CHOICE', 'kind', `"${String(data.kind)}" is not a kind of follow-up`);
  }
  requireText('subject', data.subject);
  requireTextIfGiven('askedOf', data.askedOf);
  requireFollowUpDue('due', data.due);
  const { followUpId, bodyId, raisedBy, raisedOn, kind, subject, askedOf, due } = data;
  return [
    {
      type: 'FollowUpRaised',
      data: { followUpId, bodyId, raisedBy, raisedOn, kind, subject, ...(askedOf !== undefined && { askedOf }), due },
    },
  ];
}

function refuseIfSettled(followUp: RaisedFollowUp): void {
  if (followUp.status === 'fulfilled') {
    throw violation(
      'FOLLOW_UP_ALREADY_FULFILLED',
      `"${followUp.subject}" was already fulfilled by item ${followUp.fulfilment?.fulfilledBy.itemNumber} of ${followUp.fulfilment?.fulfilledBy.meetingId}`,
    );
  }
  if (followUp.status === 'dropped') {
    throw violation('FOLLOW_UP_ALREADY_DROPPED', `"${followUp.subject}" was dropped: ${followUp.dropping?.reason}`);
  }
}

export function evolveFollowUp(state: FollowUpState, event: FollowUpEvent): FollowUpState {
  if (event.type === 'FollowUpRaised') {
    return state.status === 'not-raised' ? { status: 'outstanding', ...event.data } : state;
  }
  if (state.status !== 'outstanding') return state;
  switch (event.type) {
    case 'FollowUpFulfilled': {
      const { fulfilledBy, fulfilledOn } = event.data;
      return { ...state, status: 'fulfilled', fulfilment: { fulfilledBy, fulfilledOn } };
    }
    case 'FollowUpDropped': {
      const { reason, droppedOn } = event.data;
      return { ...state, status: 'dropped', dropping: { reason, droppedOn } };
    }
    default:
      return unhandledEvent(event, state);
  }
}

export const followUpDecider: Decider<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  decide: decideFollowUp,
  evolve: evolveFollowUp,
  initialState: initialFollowUpState,
};
