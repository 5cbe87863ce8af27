/**
 * Items of unnumbered pages told by their titles, written afresh for an invented Westmere Borough
 * Council: the standing items of a council's agenda, titles in sentence case, and an agenda's
 * proposed wording, which is not what the meeting resolved.
 */
import { planText } from '../testing/sample-minutes';

const HEADER = 'Agenda and minutes\n\nCommunity Safety Board - Tuesday, 5th March, 2024 2.00 pm\n\nNo. Item';
const titlesOf = (items: string) => planText(`${HEADER}\n\n\n${items}`, { bodyId: 'westmere-csb' }).items.map((item) => item.title);

describe('an unnumbered page', () => {
  it("knows a council's standing items by their titles, whatever follows them", () => {
    expect(
      titlesOf(`Apologies for Absence

Additional documents:


Apologies were received from Cllr R Lark.




Public Questions

This is a chance for residents to put a question to the Board for up to three minutes each.

Additional documents:


No questions had been received.




Chairman's Report

Additional documents:


The Chairman had attended the opening of the new youth centre.
`),
    ).toEqual(['Apologies for Absence', 'Public Questions', "Chairman's Report"]);
  });

  it('takes a line in sentence case for a title when an agenda line follows it', () => {
    expect(
      titlesOf(`Welcome and introductions

Additional documents:




Appeals against refusal of inspection of documents

To consider any appeals made under the Access to Information Rules.

Additional documents:


There were no appeals.
`),
    ).toEqual(['Welcome and introductions', 'Appeals against refusal of inspection of documents']);
  });
});

describe("an agenda's proposed wording", () => {
  it('is not the resolution: the minute starts after the list of papers', () => {
    const plan = planText(
      `${HEADER}


Exempt Information - Possible Exclusion of the Press and Public

1 To identify any reports containing exempt information.

2 If so, to pass the following resolution:-

RESOLVED – That the press and public be excluded from the meeting during the items marked as exempt.

Additional documents:


There was no exempt information.
`,
      { bodyId: 'westmere-csb' },
    );
    expect(plan.items[0]!.resolution).toBeUndefined();
    expect(plan.exclusions).toEqual([]);
  });
});
