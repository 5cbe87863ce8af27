/**
 * The date edges of follow-ups and actions, on both sides, for an invented board: what is done on the
 * day something was raised is in time; a follow-up is fulfilled only by a meeting held on a later day.
 */
import { actionDecider } from '../action/action.decider';
import type { ActionEvent } from '../action/action.events';
import { specify } from '../testing/given-when-then';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';

const BOARD = 'test-board';
const RAISED_ON = '2031-05-13';
const DAY_BEFORE = '2031-05-12';
const DAY_AFTER = '2031-05-14';

describe('An action may be due, progressed, completed or dropped on the day it was raised, never before', () => {
  const { given } = specify(actionDecider);
  const ID = 'test-board-2031-05-13.4.1';
  const raisedData = {
    actionId: ID,
    bodyId: BOARD,
    raisedFrom: { meetingId: 'test-board-2031-05-13', itemNumber: '4' },
    raisedOn: RAISED_ON,
    owner: 'Highways officer',
    description: 'Survey the footpath lighting',
  };
  const raised: ActionEvent = { type: 'ActionRaised', data: raisedData };

  it('is due on the day it is raised, but not the day before', () => {
    given()
      .when({ type: 'RaiseAction', data: { ...raisedData, dueOn: RAISED_ON } })
      .then({ type: 'ActionRaised', data: { ...raisedData, dueOn: RAISED_ON } });
    given()
      .when({ type: 'RaiseAction', data: { ...raisedData, dueOn: DAY_BEFORE } })
      .thenFails('DATE_BEFORE_RAISED');
  });

  it('takes a progress note on the day it is raised, but not the day before', () => {
    const note = (notedOn: string) => ({
      actionId: ID,
      note: 'Survey booked',
      notedOn,
      notedAt: { meetingId: 'test-board-2031-05-13', itemNumber: '4' },
    });
    given(raised)
      .when({ type: 'NoteActionProgress', data: note(RAISED_ON) })
      .then({ type: 'ActionProgressNoted', data: note(RAISED_ON) });
    given(raised)
      .when({ type: 'NoteActionProgress', data: note(DAY_BEFORE) })
      .thenFails('DATE_BEFORE_RAISED');
  });

  it('is completed on the day it is raised, but not the day before', () => {
    given(raised)
      .when({ type: 'CompleteAction', data: { actionId: ID, completedOn: RAISED_ON } })
      .then({ type: 'ActionCompleted', data: { actionId: ID, completedOn: RAISED_ON } });
    given(raised)
      .when({ type: 'CompleteAction', data: { actionId: ID, completedOn: DAY_BEFORE } })
      .thenFails('DATE_BEFORE_RAISED');
  });

  it('is dropped on the day it is raised, but not the day before', () => {
    given(raised)
      .when({ type: 'DropAction', data: { actionId: ID, reason: 'Done by the parish', droppedOn: RAISED_ON } })
      .then({ type: 'ActionDropped', data: { actionId: ID, reason: 'Done by the parish', droppedOn: RAISED_ON } });
    given(raised)
      .when({ type: 'DropAction', data: { actionId: ID, reason: 'Done by the parish', droppedOn: DAY_BEFORE } })
      .thenFails('DATE_BEFORE_RAISED');
  });
});

describe('A follow-up is fulfilled by a meeting held on a later day, and may be dropped on the day it was raised', () => {
  const { given } = specify(followUpDecider);
  const ID = 'test-board-2031-05-13.4.a.1';
  const raised: FollowUpEvent = {
    type: 'FollowUpRaised',
    data: {
      followUpId: ID,
      bodyId: BOARD,
      raisedBy: { meetingId: 'test-board-2031-05-13', itemNumber: '4', part: 'a' },
      raisedOn: RAISED_ON,
      kind: 'report',
      subject: 'Footpath lighting survey',
      due: { kind: 'next-meeting' },
    },
  };
  const fulfil = (meetingId: string, fulfilledOn: string) => ({
    type: 'FulfilFollowUp' as const,
    data: { followUpId: ID, fulfilledBy: { meetingId, itemNumber: '2' }, bodyId: BOARD, fulfilledOn },
  });

  it('is not fulfilled by another meeting held on the day it was raised', () => {
    given(raised).when(fulfil('test-board-2031-05-13-2', RAISED_ON)).thenFails('FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING');
  });

  it('is fulfilled by a meeting held the next day', () => {
    given(raised)
      .when(fulfil('test-board-2031-05-14', DAY_AFTER))
      .then({
        type: 'FollowUpFulfilled',
        data: { followUpId: ID, fulfilledBy: { meetingId: 'test-board-2031-05-14', itemNumber: '2' }, fulfilledOn: DAY_AFTER },
      });
  });

  it('is dropped on the day it was raised, but not the day before', () => {
    given(raised)
      .when({ type: 'DropFollowUp', data: { followUpId: ID, reason: 'Overtaken by events', droppedOn: RAISED_ON } })
      .then({ type: 'FollowUpDropped', data: { followUpId: ID, reason: 'Overtaken by events', droppedOn: RAISED_ON } });
    given(raised)
      .when({ type: 'DropFollowUp', data: { followUpId: ID, reason: 'Overtaken by events', droppedOn: DAY_BEFORE } })
      .thenFails('DATE_BEFORE_RAISED');
  });
});
