import { bodyCommand, bodyEvent, NSCB } from '../testing/body.fixtures';
import { meetingCommand } from '../testing/meeting.fixtures';
import { AGGREGATES, AGGREGATE_KINDS, aggregateOfEventType, parseStreamId, streamIdFor } from './aggregate-registry';
import type { DomainCommand } from './domain-messages';
import { decideOnHistory, routeCommand } from './route-command';
import { InvalidValue } from '../shared/domain-error';

describe('Every command is routed to the stream of its aggregate', () => {
  it('routes a body command to body-<id>', () => {
    const route = routeCommand(bodyCommand.admit('eastdale-district-council', 'Eastdale District Council'));
    expect(route).toMatchObject({ aggregate: 'body', aggregateId: NSCB, streamId: 'body-northshire-scb', createsStream: false });
    expect(route.decider).toBe(AGGREGATES.body.decider);
  });

  it('marks the creating command, so the write side appends expecting no stream', () => {
    expect(routeCommand(meetingCommand.schedule()).createsStream).toBe(true);
    expect(routeCommand(meetingCommand.schedule()).streamId).toBe('meeting-northshire-scb-2018-12-10');
  });

  it('routes follow-up and action commands', () => {
    const fulfil: DomainCommand = {
      type: 'FulfilFollowUp',
      data: { followUpId: 'm:5:b:1', fulfilledBy: { meetingId: 'm2', itemNumber: '3' }, bodyId: NSCB, fulfilledOn: '2020-01-01' },
    };
    const drop: DomainCommand = { type: 'DropAction', data: { actionId: 'm:5:b:2', reason: 'x', droppedOn: '2020-01-01' } };
    expect(routeCommand(fulfil).streamId).toBe('follow-up-m:5:b:1');
    expect(routeCommand(drop).streamId).toBe('action-m:5:b:2');
  });

  it('refuses a command type the ledger does not know', () => {
    expect(() => routeCommand({ type: 'AbolishBoard', data: { bodyId: NSCB } } as never)).toThrow(InvalidValue);
  });

  it('refuses a command without the id of its aggregate', () => {
    expect(() => routeCommand({ type: 'RenameBody', data: { bodyId: '' } } as never)).toThrow(
      expect.objectContaining({ code: 'BLANK_VALUE' }),
    );
  });

  it('decides on a stream’s history in one pure step', () => {
    expect(
      decideOnHistory(bodyCommand.admit('eastdale-district-council', 'Eastdale District Council', '2023-09-29'), [bodyEvent.established()]),
    ).toEqual([bodyEvent.memberAdmitted('eastdale-district-council', 'Eastdale District Council', '2023-09-29')]);
  });
});

describe('The registry', () => {
  it('gives every command and event type exactly one aggregate', () => {
    const commandTypes = AGGREGATE_KINDS.flatMap((kind) => AGGREGATES[kind].commandTypes);
    const eventTypes = AGGREGATE_KINDS.flatMap((kind) => AGGREGATES[kind].eventTypes);
    expect(new Set(commandTypes).size).toBe(commandTypes.length);
    expect(new Set(eventTypes).size).toBe(eventTypes.length);
    expect(aggregateOfEventType('MinuteCorrected')?.kind).toBe('meeting');
  });

  it('reads the aggregate back from a stream id', () => {
    expect(parseStreamId(streamIdFor('follow-up', 'northshire-scb-2019-06-14:2:-:1'))).toEqual({
      kind: 'follow-up',
      aggregateId: 'northshire-scb-2019-06-14:2:-:1',
    });
    expect(parseStreamId('body-northshire-scb')).toEqual({ kind: 'body', aggregateId: 'northshire-scb' });
    expect(parseStreamId('$projections-x')).toBeUndefined();
  });
});
