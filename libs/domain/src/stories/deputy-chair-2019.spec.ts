/**
 * The invented Northshire Safer Communities Board's 2019. 14 June: Mr P. J. Hallowell MBE CC elected
 * Chairman for 2019/20 and took the chair; no nominations for Deputy Chairman, so the item was
 * "deferred until the next meeting of the Board". 20 September: the deferred election held; Cllr R.
 * Penhallow elected Deputy Chairman. The board, its people and its meetings are invented.
 */
import { currentTenure, officeTerm, type EstablishedBody } from '../body/body.state';
import type { RaisedFollowUp } from '../follow-up/follow-up.decider';
import type { MeetingCommand } from '../meeting/meeting.commands';
import type { ScheduledMeeting } from '../meeting/meeting.state';
import { bodyCommand, NSCB } from '../testing/body.fixtures';
import { InMemoryLedger } from '../testing/in-memory-ledger';

const JUNE = 'northshire-scb-2019-06-14';
const SEPTEMBER = 'northshire-scb-2019-09-20';
const DEFERRED_ELECTION = 'northshire-scb-2019-06-14:2:-:2';

function meetingWithElectionItems(ledger: InMemoryLedger, meetingId: string, startsAt: string, items: [string, string][]) {
  ledger.execute({
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      bodyId: NSCB,
      startsAt,
      location: { kind: 'venue', venue: 'Kestrel Committee Room, Shire Hall, Northshire' },
      contactOfficer: { name: 'Imogen Fairweather' },
    },
  });
  for (const [number, title] of items) {
    ledger.execute({ type: 'AddAgendaItem', data: { meetingId, item: { number, title, kind: 'election-of-officeholder' } } });
  }
}

const juneElectsChairman: MeetingCommand = {
  type: 'PassResolution',
  data: {
    meetingId: JUNE,
    itemNumber: '1',
    recordedAt: '2019-06-14T10:15:00+01:00',
    parts: [
      {
        kind: 'elected',
        text: 'That Mr P.J. Hallowell MBE CC be elected Chairman of the Board for 2019/20.',
        effects: [{ kind: 'elect-officeholder', office: 'chair', term: '2019/20', holder: 'Mr P. J. Hallowell MBE CC' }],
      },
    ],
  },
};

const juneDefersDeputy: MeetingCommand = {
  type: 'PassResolution',
  data: {
    meetingId: JUNE,
    itemNumber: '2',
    recordedAt: '2019-06-14T10:20:00+01:00',
    parts: [
      {
        kind: 'deferred',
        text: 'That this agenda item be deferred until the next meeting of the Board to enable a candidate for Deputy Chairman to come forward.',
        effects: [
          { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2019/20', reason: 'No nominations were received' },
          { kind: 'defer-item', subject: 'Election of Deputy Chairman for 2019/20', due: { kind: 'next-meeting' } },
        ],
      },
    ],
  },
};

const septemberElectsDeputy: MeetingCommand = {
  type: 'PassResolution',
  data: {
    meetingId: SEPTEMBER,
    itemNumber: '1',
    recordedAt: '2019-09-20T10:10:00+01:00',
    parts: [
      {
        kind: 'elected',
        text: 'That Cllr R. Penhallow be elected Deputy Chairman of the Board for 2019/20.',
        effects: [
          { kind: 'elect-officeholder', office: 'deputy-chair', term: '2019/20', holder: 'Cllr R. Penhallow' },
          { kind: 'fulfil-follow-up', followUpId: DEFERRED_ELECTION },
        ],
      },
    ],
  },
};

function juneHeld(): InMemoryLedger {
  const ledger = new InMemoryLedger();
  ledger.execute(bodyCommand.establish());
  meetingWithElectionItems(ledger, JUNE, '2019-06-14T10:00:00+01:00', [
    ['1', 'Appointment of Chairman'],
    ['2', 'Election of Deputy Chairman'],
  ]);
  ledger.executeWithEffects(juneElectsChairman);
  ledger.execute({
    type: 'RecordMeetingChair',
    data: { meetingId: JUNE, chair: 'Mr. P. J. Hallowell MBE CC', fromItemNumber: '2', recordedAt: '2019-06-14T10:16:00+01:00' },
  });
  ledger.executeWithEffects(juneDefersDeputy);
  return ledger;
}

describe('The deputy chair election of 2019: deferred in June, held in September', () => {
  it('June: the Chairman is elected for 2019/20 and takes the chair from the next item', () => {
    const ledger = juneHeld();
    const body = ledger.stateOf<EstablishedBody>('body-northshire-scb');
    expect(currentTenure(body, 'chair', '2019/20')).toEqual({
      holder: 'Mr P. J. Hallowell MBE CC',
      from: '2019-06-14',
      mandate: { elected: { meetingId: JUNE, itemNumber: '1' } },
    });
    expect(ledger.stateOf<ScheduledMeeting>(`meeting-${JUNE}`).chairs).toEqual([
      { chair: 'Mr. P. J. Hallowell MBE CC', fromItemNumber: '2' },
    ]);
  });

  it('June: with no nominations the deputy chair is left vacant and the election becomes an outstanding follow-up', () => {
    const ledger = juneHeld();
    const body = ledger.stateOf<EstablishedBody>('body-northshire-scb');
    expect(currentTenure(body, 'deputy-chair', '2019/20')).toBeUndefined();
    expect(officeTerm(body, 'deputy-chair', '2019/20')?.vacancies).toEqual([
      { asOf: '2019-06-14', reason: 'No nominations were received', decision: { meetingId: JUNE, itemNumber: '2' } },
    ]);
    expect(ledger.stateOf<RaisedFollowUp>(`follow-up-${DEFERRED_ELECTION}`)).toMatchObject({
      status: 'outstanding',
      kind: 'deferred-item',
      raisedBy: { meetingId: JUNE, itemNumber: '2' },
      due: { kind: 'next-meeting' },
    });
  });

  it('September: Cllr R. Penhallow is elected Deputy Chairman for 2019/20, and the deferred item is fulfilled', () => {
    const ledger = juneHeld();
    meetingWithElectionItems(ledger, SEPTEMBER, '2019-09-20T10:00:00+01:00', [['1', 'Election of Deputy Chairman']]);
    ledger.executeWithEffects(septemberElectsDeputy);

    const body = ledger.stateOf<EstablishedBody>('body-northshire-scb');
    expect(currentTenure(body, 'deputy-chair', '2019/20')).toEqual({
      holder: 'Cllr R. Penhallow',
      from: '2019-09-20',
      mandate: { elected: { meetingId: SEPTEMBER, itemNumber: '1' } },
    });
    expect(ledger.stateOf<RaisedFollowUp>(`follow-up-${DEFERRED_ELECTION}`)).toMatchObject({
      status: 'fulfilled',
      fulfilment: { fulfilledBy: { meetingId: SEPTEMBER, itemNumber: '1' }, fulfilledOn: '2019-09-20' },
    });
  });

  it('a second deputy for the same term would be refused', () => {
    const ledger = juneHeld();
    meetingWithElectionItems(ledger, SEPTEMBER, '2019-09-20T10:00:00+01:00', [['1', 'Election of Deputy Chairman']]);
    ledger.executeWithEffects(septemberElectsDeputy);
    expect(() => ledger.execute(bodyCommand.elect('deputy-chair', '2019/20', 'Someone Else', '2019-12-06'))).toThrow(
      expect.objectContaining({ code: 'OFFICE_ALREADY_HELD' }),
    );
  });

  it('the June meeting could not have held the deferred election itself', () => {
    const ledger = juneHeld();
    expect(() =>
      ledger.execute({
        type: 'FulfilFollowUp',
        data: {
          followUpId: DEFERRED_ELECTION,
          fulfilledBy: { meetingId: JUNE, itemNumber: '2' },
          bodyId: NSCB,
          fulfilledOn: '2019-06-14',
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'FOLLOW_UP_FULFILLED_BY_EARLIER_MEETING' }));
  });
});
