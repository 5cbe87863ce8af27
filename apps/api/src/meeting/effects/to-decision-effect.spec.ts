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
      admitMemberOrganisation: {
        organisationId: 'eastdale-district-council',
        organisationName: 'Eastdale District Council',
        inForceFrom: null,
      },
    },
    { kind: 'admit-member-organisation', organisationId: 'eastdale-district-council', organisationName: 'Eastdale District Council' },
  ],
  [
    { withdrawMemberOrganisation: { organisationId: 'opcc', inForceFrom: '2024-04-01' } },
    { kind: 'withdraw-member-organisation', organisationId: 'opcc', inForceFrom: '2024-04-01' },
  ],
  [
    { renameBody: { name: 'Northshire and Eastdale Safer Communities Board', shortName: 'NESCB' } },
    { kind: 'rename-body', name: 'Northshire and Eastdale Safer Communities Board', shortName: 'NESCB' },
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
    { electOfficeholder: { office: 'deputy-chair', term: '2019/20', holder: 'Cllr. Rowan Tellwright JP' } },
    { kind: 'elect-officeholder', office: 'deputy-chair', term: '2019/20', holder: 'Cllr. Rowan Tellwright JP' },
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
    { requestFollowUp: { request: 'presentation', subject: 'County lines', askedOf: 'Northshire Police', due: { nextMeeting: true } } },
    {
      kind: 'request-follow-up',
      request: 'presentation',
      subject: 'County lines',
      askedOf: 'Northshire Police',
      due: { kind: 'next-meeting' },
    },
  ],
  [
    { deferItem: { subject: 'Election of Deputy Chairman', due: { meetingInMonth: '2019-09' } } },
    { kind: 'defer-item', subject: 'Election of Deputy Chairman', due: { kind: 'meeting-in-month', month: '2019-09' } },
  ],
  [
    { fulfilFollowUp: { followUpId: 'northshire-scb-2019-06-14-5-b' } },
    { kind: 'fulfil-follow-up', followUpId: 'northshire-scb-2019-06-14-5-b' },
  ],
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
