import { parse } from 'csv-parse/sync';
import type { DecisionExport } from './decision-export';
import { decisionsCsv } from './decisions-csv';

const decision: DecisionExport = {
  citation: 'BHWB 16 May 2024, minute 41(b)',
  meetingDate: '2024-05-16',
  minuteNumber: '41',
  itemTitle: 'Better Care Fund, "Section 75" agreement',
  decisionKind: 'APPROVED_SUBJECT_TO_AMENDMENT',
  text: 'That the agreement be approved, subject to:\n(i) the "pooled budget" clause, as amended; and\r\n(ii) a review in 2025 — at £1.4 million.',
  decisionId: 'brackwater-hwb-2024-05-16/41/b',
  meetingPage: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150',
  exempt: false,
};

describe('the register as CSV', () => {
  const csv = decisionsCsv([decision, { ...decision, decisionId: 'brackwater-hwb-2024-05-16/41/c', meetingPage: null, exempt: true }]);

  it('parses back, with a header, to exactly the texts given, commas, quotes and line breaks included', () => {
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      {
        citation: 'BHWB 16 May 2024, minute 41(b)',
        meeting_date: '2024-05-16',
        minute_number: '41',
        item_title: 'Better Care Fund, "Section 75" agreement',
        decision_kind: 'APPROVED_SUBJECT_TO_AMENDMENT',
        text: 'That the agreement be approved, subject to:\n(i) the "pooled budget" clause, as amended; and\r\n(ii) a review in 2025 — at £1.4 million.',
        decision_id: 'brackwater-hwb-2024-05-16/41/b',
        meeting_page: 'https://democracy.example.org/ieListDocuments.aspx?MId=5150',
        exempt: 'false',
      },
      expect.objectContaining({ decision_id: 'brackwater-hwb-2024-05-16/41/c', meeting_page: '', exempt: 'true' }),
    ]);
  });

  it('starts with a byte order mark, for spreadsheets, and ends records with CRLF', () => {
    expect(
      csv.startsWith('\ufeffcitation,meeting_date,minute_number,item_title,decision_kind,text,decision_id,meeting_page,exempt\r\n'),
    ).toBe(true);
    expect(parse(csv, { bom: true, record_delimiter: '\r\n' })).toHaveLength(3);
  });

  it('is only the header when there are no decisions', () => {
    expect(parse(decisionsCsv([]), { bom: true })).toEqual([
      ['citation', 'meeting_date', 'minute_number', 'item_title', 'decision_kind', 'text', 'decision_id', 'meeting_page', 'exempt'],
    ]);
  });
});
