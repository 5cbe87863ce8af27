import { decisionsDocument } from './decisions-json';

describe('the register as a JSON document', () => {
  it('says what was asked for, an open end as null, and carries the decisions as given', () => {
    const decisions = [
      {
        citation: 'BHWB 16 May 2024, minute 41(b)',
        meetingDate: '2024-05-16',
        minuteNumber: '41',
        itemTitle: 'Pharmaceutical Needs Assessment',
        decisionKind: 'NOTED',
        text: 'That the assessment be noted.',
        decisionId: 'brackwater-hwb-2024-05-16/7/b',
        meetingPage: null,
        exempt: false,
      },
    ];
    const body = { bodyId: 'brackwater-hwb', name: 'Brackwater Health and Wellbeing Board' };
    expect(JSON.parse(JSON.stringify(decisionsDocument(body, { from: '2024-01-01' }, decisions)))).toEqual({
      bodyId: 'brackwater-hwb',
      bodyName: 'Brackwater Health and Wellbeing Board',
      from: '2024-01-01',
      to: null,
      decisions,
    });
  });
});
