import { bodyDecider, foldEvents, type EstablishedBody } from '@ledger/domain';
import type { DecisionRow } from '../../read-models/read-model.repository';
import { toDecisionExport } from './decision-export';

const body = foldEvents(bodyDecider, [
  { type: 'BodyEstablished', data: { bodyId: 'brackwater-hwb', name: 'Brackwater Health and Wellbeing Board', shortName: 'BHWB' } },
  {
    type: 'BodyRenamed',
    data: {
      bodyId: 'brackwater-hwb',
      name: 'Brackwater and Lyne Health and Wellbeing Board',
      shortName: 'BLHWB',
      inForceFrom: '2024-06-01',
      decision: { meetingId: 'brackwater-hwb-2024-05-16', itemNumber: '7', part: 'a' },
    },
  },
]) as EstablishedBody;

const row: DecisionRow = {
  meetingId: 'brackwater-hwb-2024-05-16',
  itemNumber: '7',
  part: 'b',
  itemOrder: 3,
  partOrder: 1,
  bodyId: 'brackwater-hwb',
  heldOn: '2024-05-16',
  itemTitle: 'Pharmaceutical Needs Assessment',
  minuteNumber: '41',
  kind: 'approved-subject-to-amendment',
  text: 'That the assessment be approved, subject to the changes in paragraph 4.',
  exempt: false,
};

describe('a decision of the register as the exports give it', () => {
  it("cites it as a clerk does, by the body's short name on the day and the printed minute, with the GraphQL kind and stable id", () => {
    expect(toDecisionExport(row, body, 'https://democracy.example.org/mgIssueHistoryHome.aspx?IId=9001')).toEqual({
      citation: 'BHWB 16 May 2024, minute 41(b)',
      meetingDate: '2024-05-16',
      minuteNumber: '41',
      itemTitle: 'Pharmaceutical Needs Assessment',
      decisionKind: 'APPROVED_SUBJECT_TO_AMENDMENT',
      text: 'That the assessment be approved, subject to the changes in paragraph 4.',
      decisionId: 'brackwater-hwb-2024-05-16/7/b',
      meetingPage: 'https://democracy.example.org/mgIssueHistoryHome.aspx?IId=9001',
      exempt: false,
    });
  });

  it('gives an unlabelled resolution its id and citation without a letter, and no page when none is known', () => {
    const unlabelled = toDecisionExport(
      { ...row, meetingId: 'brackwater-hwb-2024-07-04', part: '', heldOn: '2024-07-04', minuteNumber: '7' },
      body,
      undefined,
    );
    expect(unlabelled).toMatchObject({
      citation: 'BLHWB 4 July 2024, minute 7',
      decisionId: 'brackwater-hwb-2024-07-04/7/resolution',
      meetingPage: null,
    });
  });
});
