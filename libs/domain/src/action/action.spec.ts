import { NSCB } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import type { ActionCommand } from './action.commands';
import { actionDecider } from './action.decider';
import type { ActionEvent } from './action.events';

const { given } = specify(actionDecider);
const ID = 'northshire-scb-2023-09-29.9.1';

/** September 2023 (the invented board): further information on the Lantern Programme to be circulated to Board members. */
const raised: ActionEvent = {
  type: 'ActionRaised',
  data: {
    actionId: ID,
    bodyId: NSCB,
    raisedFrom: { meetingId: 'northshire-scb-2023-09-29', itemNumber: '9' },
    raisedOn: '2023-09-29',
    owner: 'Gideon Marsh, Northshire Violence Reduction Partnership',
    description: 'Circulate further information regarding the Lantern Programme to Board members',
  },
};
const progress = (notedOn = '2023-12-15'): ActionCommand => ({
  type: 'NoteActionProgress',
  data: {
    actionId: ID,
    note: 'Information requested from the VRP',
    notedOn,
    notedAt: { meetingId: 'northshire-scb-2023-12-15', itemNumber: '4' },
  },
});
const complete = (completedOn = '2024-03-22'): ActionCommand => ({
  type: 'CompleteAction',
  data: { actionId: ID, completedOn, note: 'Circulated by email' },
});
const drop = (droppedOn = '2024-03-22'): ActionCommand => ({ type: 'DropAction', data: { actionId: ID, reason: 'Superseded', droppedOn } });
const completed: ActionEvent = { type: 'ActionCompleted', data: { actionId: ID, completedOn: '2024-03-22', note: 'Circulated by email' } };
const dropped: ActionEvent = { type: 'ActionDropped', data: { actionId: ID, reason: 'Superseded', droppedOn: '2024-03-22' } };

describe('The action log: actions raised from a minute until completed or dropped', () => {
  it('is raised from a minute with an owner and a description', () => {
    given().when({ type: 'RaiseAction', data: raised.data }).then(raised);
  });

  it('is raised once', () => {
    given(raised).when({ type: 'RaiseAction', data: raised.data }).thenFails('AGGREGATE_ALREADY_EXISTS');
  });

  it('has an owner', () => {
    given()
      .when({ type: 'RaiseAction', data: { ...raised.data, owner: '' } })
      .thenFails('BLANK_VALUE');
  });

  it('is not due before it is raised', () => {
    given()
      .when({ type: 'RaiseAction', data: { ...raised.data, dueOn: '2023-01-01' } })
      .thenFails('DATE_BEFORE_RAISED');
  });

  it('takes progress notes, citing the action-log item that heard them', () => {
    given(raised)
      .when(progress())
      .then({
        type: 'ActionProgressNoted',
        data: {
          actionId: ID,
          note: 'Information requested from the VRP',
          notedOn: '2023-12-15',
          notedAt: { meetingId: 'northshire-scb-2023-12-15', itemNumber: '4' },
        },
      });
  });

  it('takes no progress before it exists', () => {
    given().when(progress()).thenFails('AGGREGATE_NOT_FOUND');
  });

  it('takes no progress dated before it was raised', () => {
    given(raised).when(progress('2023-09-01')).thenFails('DATE_BEFORE_RAISED');
  });

  it('is completed', () => {
    given(raised).when(complete()).then(completed);
  });

  it('is dropped with a reason', () => {
    given(raised).when(drop()).then(dropped);
  });

  it('takes nothing more once completed', () => {
    given(raised, completed).when(progress()).thenFails('ACTION_ALREADY_COMPLETED');
    given(raised, completed).when(complete()).thenFails('ACTION_ALREADY_COMPLETED');
    given(raised, completed).when(drop()).thenFails('ACTION_ALREADY_COMPLETED');
  });

  it('takes nothing more once dropped', () => {
    given(raised, dropped).when(complete()).thenFails('ACTION_ALREADY_DROPPED');
  });

  it('is not completed before it was raised', () => {
    given(raised).when(complete('2023-09-28')).thenFails('DATE_BEFORE_RAISED');
  });
});
