import { plainToInstance } from 'class-transformer';
import { DECISION_EFFECT_KINDS, type DecisionEffect } from '@ledger/domain';
import { DecisionEffectInput } from './decision-effect.input';
import { EFFECT_FIELD_BY_KIND, toDecisionEffect } from './to-decision-effect';

const effect = (input: object) => toDecisionEffect(plainToInstance(DecisionEffectInput, input));
const clause = { id: '5', heading: 'Quorum', text: 'Four members.' };

/** One input per kind of effect, with what the domain should receive for it. */
const examples: [object, DecisionEffect][] = [
  [
    {
      admitMemberOrganisation: { organisationId: 'rutland-county-council', organisationName: 'Rutland County Council', inForceFrom: null },
    },
    { kind: 'admit-member-organisation', organisationId: 'rutland-county-council', organisationName: 'Rutland County Council' },
  ],
  [
    { withdrawMemberOrganisation: { organisationId: 'opcc', inForceFrom: '2024-04-01' } },
    { kind: 'withdraw-member-organisation', organisationId: 'opcc', inForceFrom: '2024-04-01' },
  ],
  [
    { renameBody: { name: 'Leicestershire and Rutland Safer Communities Strategy Board', shortName: 'LRSCSB' } },
    { kind: 'rename-body', name: 'Leicestershire and Rutland Safer Communities Strategy Board', shortName: 'LRSCSB' },
  ],
  [{ adoptTermsOfReference: { version: 1, clauses: [clause] } }, { kind: 'adopt-terms-of-reference', version: 1, clauses: [clause] }],
  [
    { amendTermsOfReference: { version: 4, amendments: [{ insert: { clause, afterClauseId: null } }, { remove: { clauseId: '2' } }] } },
    {
      kind: 'amend-terms-of-reference',
      version: 4,
      amendments: [
        { change: 'inserted', clause, afterClauseId: null },
        { change: 'removed', clauseId: '2' },
      ],
    },
  ],
  [
    { electOfficeholder: { office: 'deputy-chair', term: '2019/20', holder: 'Cllr. Lee Breckon JP' } },
    { kind: 'elect-officeholder', office: 'deputy-chair', term: '2019/20', holder: 'Cllr. Lee Breckon JP' },
  ],
  [
    { leaveOfficeVacant: { office: 'deputy-chair', term: '2019/20', reason: 'Election deferred' } },
    { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2019/20', reason: 'Election deferred' },
  ],
  [
    { setFutureMeetingDates: { startTimes: ['2020-03-06T14:00:00Z'] } },
    { kind: 'set-future-meeting-dates', startTimes: ['2020-03-06T14:00:00Z'] },
  ],
  [
    { raiseAction: { owner: 'Community Safety Team', description: 'Circulate the briefing', dueOn: null } },
    { kind: 'raise-action', owner: 'Community Safety Team', description: 'Circulate the briefing' },
  ],
  [
    { requestFollowUp: { request: 'presentation', subject: 'County lines', askedOf: 'Leicestershire Police', due: { nextMeeting: true } } },
    {
      kind: 'request-follow-up',
      request: 'presentation',
      subject: 'County lines',
      askedOf: 'Leicestershire Police',
      due: { kind: 'next-meeting' },
    },
  ],
  [
    { deferItem: { subject: 'Election of Deputy Chairman', due: { meetingInMonth: '2019-09' } } },
    { kind: 'defer-item', subject: 'Election of Deputy Chairman', due: { kind: 'meeting-in-month', month: '2019-09' } },
  ],
  [{ fulfilFollowUp: { followUpId: 'lscsb-2019-06-14-5-b' } }, { kind: 'fulfil-follow-up', followUpId: 'lscsb-2019-06-14-5-b' }],
];

describe('decision effect input to the domain', () => {
  it.each(examples)('maps %p', (input, expected) => {
    expect(effect(input)).toEqual(expected);
  });

  it('has an example, and an input field, for every kind of effect the domain knows', () => {
    expect(examples.map(([, expected]) => expected.kind).sort()).toEqual([...DECISION_EFFECT_KINDS].sort());
    for (const [input, expected] of examples) expect(Object.keys(input)).toEqual([EFFECT_FIELD_BY_KIND[expected.kind]]);
  });

  it('refuses, as a programming error, an input the validation rule should have stopped', () => {
    expect(() => effect({})).toThrow('exactly one field');
    expect(() => effect({ renameBody: { name: 'a', shortName: 'b' }, fulfilFollowUp: { followUpId: 'x' } })).toThrow('exactly one field');
  });
});
