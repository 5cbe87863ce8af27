import { specify } from '../testing/given-when-then';
import { BEFORE_IT_STARTS, dec2018Scheduled, meetingCommand as command, meetingEvent as event, noted } from '../testing/meeting.fixtures';
import { meetingDecider } from './meeting.decider';
import type { ResolutionPart } from './resolution';

const { given } = specify(meetingDecider);

const requestedReport: ResolutionPart = {
  label: 'b',
  kind: 'requested',
  text: 'That officers be requested to provide a further report on CCTV cameras and lamppost testing for the next meeting of the Board.',
  effects: [
    {
      kind: 'request-follow-up',
      request: 'report',
      subject: 'CCTV cameras and lamppost testing',
      askedOf: 'Officers',
      due: { kind: 'next-meeting' },
    },
  ],
};

describe('A resolution passed on an item, in lettered parts each of a kind', () => {
  it('records the parts with their effects, the body and the day (December 2018, minute 39)', () => {
    const parts = [noted('That the contents of the oral update be noted;', 'a'), requestedReport];
    given(...dec2018Scheduled())
      .when(command.passResolution('11', parts))
      .then(event.resolutionPassed('11', parts));
  });

  it('may be a single unlettered part', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [noted()]))
      .then(event.resolutionPassed('6', [noted()]));
  });

  it('letters several parts (a), (b), (c) in order', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('11', [noted('x', 'a'), { ...requestedReport, label: 'c' }]))
      .thenFails('RESOLUTION_PARTS_OUT_OF_SEQUENCE');
    given(...dec2018Scheduled())
      .when(command.passResolution('11', [noted('x'), requestedReport]))
      .thenFails('RESOLUTION_PARTS_OUT_OF_SEQUENCE');
  });

  it('labels parts as the minutes print them: (i), (ii) … or 1, 2 …, one style throughout', () => {
    const inRoman = [noted('x', 'i'), noted('y', 'ii'), noted('z', 'iii')];
    given(...dec2018Scheduled())
      .when(command.passResolution('11', inRoman))
      .then(event.resolutionPassed('11', inRoman));
    const inNumbers = [noted('x', '1'), noted('y', '2')];
    given(...dec2018Scheduled())
      .when(command.passResolution('11', inNumbers))
      .then(event.resolutionPassed('11', inNumbers));
    given(...dec2018Scheduled())
      .when(command.passResolution('11', [noted('x', 'i'), noted('y', 'b')]))
      .thenFails('RESOLUTION_PARTS_OUT_OF_SEQUENCE');
    given(...dec2018Scheduled())
      .when(command.passResolution('11', [noted('x', '1'), noted('y', '3')]))
      .thenFails('RESOLUTION_PARTS_OUT_OF_SEQUENCE');
  });

  it('has at least one part', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('6', []))
      .thenFails('EMPTY_RESOLUTION');
  });

  it('is passed on an item that is on the agenda', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('99', [noted()]))
      .thenFails('ITEM_NOT_ON_AGENDA');
  });

  it('is passed once per item', () => {
    given(...dec2018Scheduled(), event.resolutionPassed('6', [noted()]))
      .when(command.passResolution('6', [noted()]))
      .thenFails('ITEM_ALREADY_RESOLVED');
  });

  it('is not passed at a meeting that has not taken place', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [noted()], BEFORE_IT_STARTS))
      .thenFails('MEETING_NOT_YET_HELD');
  });

  it('is not passed at a cancelled meeting', () => {
    given(...dec2018Scheduled(), event.cancelled())
      .when(command.passResolution('6', [noted()]))
      .thenFails('MEETING_CANCELLED');
  });

  it('knows the kinds of decision', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [{ ...noted(), kind: 'vetoed' as never }]))
      .thenFails('UNKNOWN_CHOICE');
  });
});

describe('Effects suit the kind of decision', () => {
  it('noting changes nothing', () => {
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [{ ...noted(), effects: requestedReport.effects }]))
      .thenFails('EFFECT_NOT_ALLOWED_FOR_DECISION');
  });

  it('noting may still answer an earlier request', () => {
    const part: ResolutionPart = { ...noted(), effects: [{ kind: 'fulfil-follow-up', followUpId: 'northshire-scb-2018-10-01.8.b.1' }] };
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .then(event.resolutionPassed('6', [part]));
  });

  it('only a deferral defers', () => {
    const part: ResolutionPart = {
      kind: 'approved',
      text: 'That the item be approved.',
      effects: [{ kind: 'defer-item', subject: 'x', due: { kind: 'next-meeting' } }],
    };
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .thenFails('EFFECT_NOT_ALLOWED_FOR_DECISION');
  });

  it('a deferral says what it deferred', () => {
    const part: ResolutionPart = { kind: 'deferred', text: 'That the item be deferred.', effects: [] };
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .thenFails('DECISION_NEEDS_EFFECT');
  });

  it('an election says who was elected', () => {
    const part: ResolutionPart = { kind: 'elected', text: 'That Mr Hallowell be elected Chairman.', effects: [] };
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .thenFails('DECISION_NEEDS_EFFECT');
  });

  it('checks the values of an effect before it leaves the meeting', () => {
    const part: ResolutionPart = {
      kind: 'elected',
      text: 'That Mr Hallowell be elected Chairman for 2019/20.',
      effects: [{ kind: 'elect-officeholder', office: 'chair', term: '2019-20', holder: 'Mr P. J. Hallowell MBE CC' }],
    };
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .thenFails('INVALID_TERM');
  });

  it('knows the kinds of effect', () => {
    const part = { kind: 'agreed', text: 'x', effects: [{ kind: 'abolish-board' }] } as unknown as ResolutionPart;
    given(...dec2018Scheduled())
      .when(command.passResolution('6', [part]))
      .thenFails('UNKNOWN_CHOICE');
  });
});
