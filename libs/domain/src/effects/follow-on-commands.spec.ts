import type { ResolutionPassed } from '../meeting/meeting.events';
import type { DecisionEffect } from '../meeting/decision-effects';
import { NSCB } from '../testing/body.fixtures';
import { commandsForResolution, effectKey, followOnCommands } from './follow-on-commands';
import { routeCommand } from '../routing/route-command';

const passed = (effects: DecisionEffect[], label: string | null = 'b'): ResolutionPassed => ({
  type: 'ResolutionPassed',
  data: {
    meetingId: 'northshire-scb-2019-06-14',
    bodyId: NSCB,
    heldOn: '2019-06-14',
    itemNumber: '14',
    parts: [{ ...(label !== null && { label }), kind: 'agreed', text: 'That …', effects }],
  },
});
function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0]!;
}
const decision = { meetingId: 'northshire-scb-2019-06-14', itemNumber: '14', part: 'b' };

describe('Typed effects of a resolution become commands on the body, follow-ups and the action log', () => {
  it('keys each command by meeting, item, part and position, so a replay sends the same command', () => {
    expect(effectKey(decision, 2)).toBe('northshire-scb-2019-06-14:14:b:2');
    expect(effectKey({ meetingId: 'm', itemNumber: '3' }, 1)).toBe('m:3:-:1');
    const event = passed([{ kind: 'raise-action', owner: 'Priya Halden', description: 'Ask the MARAC about its methodology' }]);
    expect(followOnCommands(event)).toEqual(followOnCommands(structuredClone(event)));
  });

  it('brings a membership into force on the day of the meeting unless the effect says otherwise', () => {
    const [admit, withdraw] = followOnCommands(
      passed([
        { kind: 'admit-member-organisation', organisationId: 'eastdale-district-council', organisationName: 'Eastdale District Council' },
        { kind: 'withdraw-member-organisation', organisationId: 'northshire-crc', inForceFrom: '2021-06-26' },
      ]),
    );
    expect(admit!.command).toEqual({
      type: 'AdmitMemberOrganisation',
      data: {
        bodyId: NSCB,
        organisationId: 'eastdale-district-council',
        organisationName: 'Eastdale District Council',
        inForceFrom: '2019-06-14',
        decision,
      },
    });
    expect(withdraw!.command).toEqual({
      type: 'WithdrawMemberOrganisation',
      data: { bodyId: NSCB, organisationId: 'northshire-crc', inForceFrom: '2021-06-26', decision },
    });
  });

  it('turns a request for a report into a follow-up whose id is the command key', () => {
    const { commandKey, command } = only(
      followOnCommands(
        passed([
          {
            kind: 'request-follow-up',
            request: 'presentation',
            subject: 'The new prison at the site of the former HMP/YOI Eastdale Moor',
            askedOf: 'Officers',
            due: { kind: 'meeting-in-month', month: '2019-12' },
          },
        ]),
      ),
    );
    expect(command).toEqual({
      type: 'RaiseFollowUp',
      data: {
        followUpId: commandKey,
        bodyId: NSCB,
        raisedBy: decision,
        raisedOn: '2019-06-14',
        kind: 'presentation',
        subject: 'The new prison at the site of the former HMP/YOI Eastdale Moor',
        askedOf: 'Officers',
        due: { kind: 'meeting-in-month', month: '2019-12' },
      },
    });
    expect(routeCommand(command).streamId).toBe('follow-up-northshire-scb-2019-06-14:14:b:1');
  });

  it('turns a deferral into a follow-up for the deferred item', () => {
    const { command } = only(
      followOnCommands(passed([{ kind: 'defer-item', subject: 'PREVENT Duty Guidance Refresh', due: { kind: 'a-future-meeting' } }])),
    );
    expect(command).toMatchObject({ type: 'RaiseFollowUp', data: { kind: 'deferred-item', due: { kind: 'a-future-meeting' } } });
  });

  it('raises an action on the log, from the resolution part, owned as the minutes say', () => {
    const { commandKey, command } = only(
      followOnCommands(passed([{ kind: 'raise-action', owner: 'Priya Halden', description: 'Ask the MARAC', dueOn: '2019-09-20' }])),
    );
    expect(command).toEqual({
      type: 'RaiseAction',
      data: {
        actionId: commandKey,
        bodyId: NSCB,
        raisedFrom: decision,
        raisedOn: '2019-06-14',
        owner: 'Priya Halden',
        description: 'Ask the MARAC',
        dueOn: '2019-09-20',
      },
    });
  });

  it('maps the body effects: rename, terms of reference, offices, meeting dates', () => {
    const types = commandsForResolution(
      passed([
        { kind: 'rename-body', name: 'N', shortName: 'S' },
        { kind: 'adopt-terms-of-reference', version: 2, clauses: [{ id: '1', heading: 'h', text: 't' }] },
        { kind: 'amend-terms-of-reference', version: 3, amendments: [{ change: 'removed', clauseId: '1' }] },
        { kind: 'elect-officeholder', office: 'chair', term: '2019/20', holder: 'Mr P. J. Hallowell MBE CC' },
        { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2019/20', reason: 'No nominations' },
        { kind: 'set-future-meeting-dates', startTimes: ['2019-09-20T10:00:00+01:00'] },
        { kind: 'fulfil-follow-up', followUpId: 'northshire-scb-2019-03-22:7:b:1' },
      ]).data,
    ).map(({ command }) => [command.type, routeCommand(command).aggregate]);
    expect(types).toEqual([
      ['RenameBody', 'body'],
      ['AdoptTermsOfReference', 'body'],
      ['AmendTermsOfReference', 'body'],
      ['ElectOfficeholder', 'body'],
      ['LeaveOfficeVacant', 'body'],
      ['AgreeFutureMeetingDates', 'body'],
      ['FulfilFollowUp', 'follow-up'],
    ]);
  });

  it('cites no part for an unlettered resolution', () => {
    const { command } = only(followOnCommands(passed([{ kind: 'rename-body', name: 'N', shortName: 'S' }], null)));
    expect(command).toMatchObject({ data: { decision: { meetingId: 'northshire-scb-2019-06-14', itemNumber: '14' } } });
    expect((command.data as { decision: object }).decision).not.toHaveProperty('part');
  });

  it('sends a confirmation of previous minutes to the earlier meeting', () => {
    const [confirm] = followOnCommands({
      type: 'PreviousMinutesConfirmed',
      data: {
        meetingId: 'northshire-scb-2019-09-20',
        bodyId: NSCB,
        heldOn: '2019-09-20',
        itemNumber: '2',
        previousMeetingId: 'northshire-scb-2019-06-14',
        previousMeetingHeldOn: '2019-06-14',
        corrections: [{ itemNumber: '5', correctedText: '£1.4 million' }],
      },
    });
    expect(confirm).toEqual({
      commandKey: 'northshire-scb-2019-09-20:2:confirms:northshire-scb-2019-06-14',
      command: {
        type: 'ConfirmMinutes',
        data: {
          meetingId: 'northshire-scb-2019-06-14',
          confirmedBy: { meetingId: 'northshire-scb-2019-09-20', itemNumber: '2', bodyId: NSCB, heldOn: '2019-09-20' },
          corrections: [{ itemNumber: '5', correctedText: '£1.4 million' }],
        },
      },
    });
  });

  it('sends amendments of the attendance list with the confirmation', () => {
    const [confirm] = followOnCommands({
      type: 'PreviousMinutesConfirmed',
      data: {
        meetingId: 'northshire-safety-board-2031-04-08',
        bodyId: 'northshire-safety-board',
        heldOn: '2031-04-08',
        itemNumber: '3',
        previousMeetingId: 'northshire-safety-board-2031-03-04',
        previousMeetingHeldOn: '2031-03-04',
        corrections: [],
        attendanceCorrections: ['Councillor Okafor be added to those present'],
      },
    });
    expect(confirm?.command.data).toMatchObject({ attendanceCorrections: ['Councillor Okafor be added to those present'] });
  });

  it('has nothing to do for other events', () => {
    expect(followOnCommands({ type: 'MeetingCancelled', data: { meetingId: 'm', reason: 'x' } })).toEqual([]);
  });
});
