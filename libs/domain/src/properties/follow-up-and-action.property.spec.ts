import fc from 'fast-check';
import type { ActionCommand } from '../action/action.commands';
import { actionDecider, type ActionState } from '../action/action.decider';
import type { FollowUpCommand } from '../follow-up/follow-up.commands';
import { followUpDecider, type FollowUpState } from '../follow-up/follow-up.decider';
import { assertFoldIsDeterministic, assertValidHistory, dayAfter2015, exercise, requireThat } from '../testing/property-harness';

const date = fc.integer({ min: 1500, max: 2200 }).map(dayAfter2015);
const RAISED_ON = dayAfter2015(1700);

const followUpCommand: fc.Arbitrary<FollowUpCommand> = fc.oneof(
  fc
    .tuple(fc.constantFrom('northshire-scb', 'other-board'), date, fc.constantFrom('m1', 'm2', 'm3'))
    .map(([bodyId, fulfilledOn, meetingId]): FollowUpCommand => ({
      type: 'FulfilFollowUp',
      data: { followUpId: 'f', fulfilledBy: { meetingId, itemNumber: '4' }, bodyId, fulfilledOn },
    })),
  date.map((droppedOn): FollowUpCommand => ({ type: 'DropFollowUp', data: { followUpId: 'f', reason: 'No longer needed', droppedOn } })),
);
const raiseFollowUp: FollowUpCommand = {
  type: 'RaiseFollowUp',
  data: {
    followUpId: 'f',
    bodyId: 'northshire-scb',
    raisedBy: { meetingId: 'm1', itemNumber: '7', part: 'b' },
    raisedOn: RAISED_ON,
    kind: 'report',
    subject: 'A further report on County Lines',
    due: { kind: 'a-future-meeting' },
  },
};

const actionCommand: fc.Arbitrary<ActionCommand> = fc.oneof(
  date.map((notedOn): ActionCommand => ({ type: 'NoteActionProgress', data: { actionId: 'a', note: 'Under way', notedOn } })),
  date.map((completedOn): ActionCommand => ({ type: 'CompleteAction', data: { actionId: 'a', completedOn } })),
  date.map((droppedOn): ActionCommand => ({ type: 'DropAction', data: { actionId: 'a', reason: 'Superseded', droppedOn } })),
);
const raiseAction: ActionCommand = {
  type: 'RaiseAction',
  data: {
    actionId: 'a',
    bodyId: 'northshire-scb',
    raisedFrom: { meetingId: 'm1', itemNumber: '3' },
    raisedOn: RAISED_ON,
    owner: 'Priya Halden',
    description: 'Ask the MARAC',
  },
};

function followUpInvariant(state: FollowUpState): void {
  if (state.status === 'not-raised') return;
  requireThat((state.status === 'fulfilled') === (state.fulfilment !== undefined), 'fulfilled exactly when it has a fulfilment');
  requireThat(!state.fulfilment || state.fulfilment.fulfilledOn > state.raisedOn, 'fulfilled after it was raised');
  requireThat(!(state.fulfilment && state.dropping), 'never both fulfilled and dropped');
}

function actionInvariant(state: ActionState): void {
  if (state.status === 'not-raised') return;
  requireThat((state.status === 'open') === (state.closedOn === undefined), 'closed exactly when completed or dropped');
  requireThat(
    state.progress.every((note) => note.notedOn >= state.raisedOn),
    'progress dated after raising',
  );
}

describe('Follow-up and action: properties of any history the deciders accept', () => {
  const followUpCommands = fc.array(followUpCommand, { maxLength: 10 }).map((rest) => [raiseFollowUp, ...rest]);
  const actionCommands = fc.array(actionCommand, { maxLength: 10 }).map((rest) => [raiseAction, ...rest]);

  it('a follow-up is settled at most once, and only forward in time', () => {
    fc.assert(
      fc.property(followUpCommands, (cs) => {
        const { history, states } = exercise(followUpDecider, cs, followUpInvariant);
        requireThat(history.filter((e) => e.type !== 'FollowUpRaised').length <= 1, 'settled at most once');
        assertFoldIsDeterministic(followUpDecider, history, states[states.length - 1]!);
        for (let length = 0; length <= history.length; length++)
          assertValidHistory(followUpDecider, history.slice(0, length), followUpInvariant);
      }),
    );
  });

  it('an action takes progress until it is completed or dropped, then nothing more', () => {
    fc.assert(
      fc.property(actionCommands, (cs) => {
        const { history, states } = exercise(actionDecider, cs, actionInvariant);
        const closing = history.findIndex((e) => e.type === 'ActionCompleted' || e.type === 'ActionDropped');
        requireThat(closing === -1 || closing === history.length - 1, 'nothing follows completion or dropping');
        assertFoldIsDeterministic(actionDecider, history, states[states.length - 1]!);
        for (let length = 0; length <= history.length; length++)
          assertValidHistory(actionDecider, history.slice(0, length), actionInvariant);
      }),
    );
  });
});
