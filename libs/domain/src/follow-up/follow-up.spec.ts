import { NSCB, decidedAt } from '../testing/body.fixtures';
import { specify } from '../testing/given-when-then';
import type { FollowUpCommand } from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';

const { given } = specify(followUpDecider);
const ID = 'northshire-scb-2019-06-14.14.b.1';

/** June 2019 (the invented board): a presentation asked for the December 2019 meeting on the new prison at Eastdale Moor. */
const raised: FollowUpEvent = {
  type: 'FollowUpRaised',
  data: {
    followUpId: ID,
    bodyId: NSCB,
    raisedBy: decidedAt('northshire-scb-2019-06-14', '14', 'b'),
    raisedOn: '2019-06-14',
    kind: 'presentation',
    subject: 'The new prison at the site of the former HMP/YOI Eastdale Moor',
    askedOf: 'Officers',
    due: { kind: 'meeting-in-month', month: '2019-12' },
  },
};
const raise: FollowUpCommand = { type: 'RaiseFollowUp', data: raised.data };
const fulfil = (meetingId: string, fulfilledOn: string, bodyId = NSCB): FollowUpCommand => ({
  type: 'FulfilFollowUp',
  data: { followUpId: ID, fulfilledBy: { meetingId, itemNumber: '8' }, bodyId, fulfilledOn },
});
const fulfilled: FollowUpEvent = {
  type: 'FollowUpFulfilled',
  data: { followUpId: ID, fulfilledBy: { meetingId: 'northshire-scb-2019-12-06', itemNumber: '8' }, fulfilledOn: '2019-12-06' },
};
const drop = (droppedOn = '2020-03-20'): FollowUpCommand => ({
  type: 'DropFollowUp',
  data: { followUpId: ID, reason: 'Ministry of Justice withdrew', droppedOn },
});

describe('A follow-up stays outstanding until a later meeting fulfils it', () => {
  it('is raised by a decision, saying what, of whom and by when', () => {
    given().when(raise).then(raised);
  });

  it('is raised once', () => {
    given(raised).when(raise).thenFails('AGGREGATE_ALREADY_EXISTS');
  });

  it('cannot be fulfilled before it is raised', () => {
    given().when(fulfil('northshire-scb-2019-12-06', '2019-12-06')).thenFails('AGGREGATE_NOT_FOUND');
  });

  it('says when it is due in words the minutes use', () => {
    given()
      .when({ type: 'RaiseFollowUp', data: { ...raised.data, due: { kind: 'meeting-in-month', month: 'December 2019' } } })
      .thenFails('INVALID_DATE');
  });

  it('is fulfilled by an item of a later meeting', () => {
    given(raised).when(fulfil('northshire-scb-2019-12-06', '2019-12-06')).then(fulfilled);
  });

  it('is fulfilled once', () => {
    given(raised, fulfilled).when(fulfil('northshire-scb-2020-03-20', '2020-03-20')).thenFails('FOLLOW_UP_ALREADY_FULFILLED');
  });

  it('is not fulfilled by the meeting that raised it, nor an earlier one', () => {
    given(raised).when(fulfil('northshire-scb-2019-06-14', '2019-06-14')).thenFails('FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING');
    given(raised).when(fulfil('northshire-scb-2019-03-22', '2019-03-22')).thenFails('FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING');
  });

  it('is fulfilled at a meeting of the same body', () => {
    given(raised)
      .when(fulfil('hwb-2019-12-06', '2019-12-06', 'northshire-hwb'))
      .thenFails('FOLLOW_UP_FULFILLED_BY_ANOTHER_BODY');
  });

  it('may be dropped with a reason', () => {
    given(raised)
      .when(drop())
      .then({ type: 'FollowUpDropped', data: { followUpId: ID, reason: 'Ministry of Justice withdrew', droppedOn: '2020-03-20' } });
  });

  it('is not dropped before it was raised', () => {
    given(raised).when(drop('2019-01-01')).thenFails('DATE_BEFORE_RAISED');
  });

  it('is neither fulfilled nor dropped once dropped', () => {
    const dropped: FollowUpEvent = { type: 'FollowUpDropped', data: { followUpId: ID, reason: 'x', droppedOn: '2019-07-01' } };
    given(raised, dropped).when(fulfil('northshire-scb-2019-12-06', '2019-12-06')).thenFails('FOLLOW_UP_ALREADY_DROPPED');
    given(raised, dropped).when(drop()).thenFails('FOLLOW_UP_ALREADY_DROPPED');
  });

  it('is not dropped once fulfilled', () => {
    given(raised, fulfilled).when(drop()).thenFails('FOLLOW_UP_ALREADY_FULFILLED');
  });
});
