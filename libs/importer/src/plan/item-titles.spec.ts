/**
 * Items of unnumbered pages told by their titles, written afresh for an invented Westmere Borough
 * Council: the standing items of a council's agenda, titles in sentence case, and an agenda's
 * proposed wording, which is not what the meeting resolved.
 */
import { MinutesFormatError } from '../errors';
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

describe('minute numbers printed otherwise than "12."', () => {
  const page = (numbers: readonly string[]) =>
    `Agenda and minutes\n\nPolice and Crime Panel - Tuesday, 15th October, 2024 10.30 am\n\nItems\nNo. Item\n\n` +
    numbers
      .map(
        (number, index) =>
          `${number}\n\n${['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'PUBLIC QUESTIONS'][index]}\n\nMinutes:\n\nThere were none.\n`,
      )
      .join('\n');

  it('reads a number with its year, "41/24", as the item it heads', () => {
    const plan = planText(page(['41/24', '42/24', '43/24']), { bodyId: 'westmere-pcp' });
    expect(plan.items.map((item) => [item.title, item.printedNumber])).toEqual([
      ['APOLOGIES FOR ABSENCE', '41/24'],
      ['DECLARATIONS OF INTEREST', '42/24'],
      ['PUBLIC QUESTIONS', '43/24'],
    ]);
  });

  it('reads sub-items, "3(1)" and "3(2)", in their order after item 3', () => {
    const plan = planText(page(['3.', '3(1)', '3(2)']), { bodyId: 'westmere-pcp' });
    expect(plan.items.map((item) => item.printedNumber ?? item.number)).toEqual(['3', '3(1)', '3(2)']);
  });

  it('refuses numbers with their year printed out of order, as it refuses "4." after "5."', () => {
    const attempt = () => planText(page(['42/24', '41/24', '43/24']), { bodyId: 'westmere-pcp' });
    expect(attempt).toThrow(MinutesFormatError);
    expect(attempt).toThrow('item 41/24 follows item 42/24');
  });
});
