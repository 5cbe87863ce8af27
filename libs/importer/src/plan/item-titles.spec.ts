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

describe("a table of numbered rows in an item's agenda text", () => {
  const page = (afterTable: string) => `Agenda and minutes

Police and Crime Panel - Tuesday, 15th October, 2024 10.30 am

Items
No. Item

4.

NOTES OF THE LAST MEETING

Minutes:

The notes of the meeting held on 9 July 2024 were agreed as a correct record.

5.

OUTSTANDING ACTIONS

To go through the actions from the last meeting.

No.

Action

Owner

1.

Officers to share the patrol map with the Panel.

Community Safety Manager

2.

The Chair to write to the Home Office about funding.

Chair
${afterTable}`;

  it('rows numbered "1.", "2." under item 5, before its "Minutes:", are the item\'s agenda text, not items', () => {
    const plan = planText(
      page(`
Minutes:

The Panel was told that the map had been shared.

6.

ANY OTHER BUSINESS

Minutes:

There was none.
`),
      { bodyId: 'westmere-pcp' },
    );
    expect(plan.items.map((item) => [item.printedNumber, item.title])).toEqual([
      ['4', 'NOTES OF THE LAST MEETING'],
      ['5', 'OUTSTANDING ACTIONS'],
      ['6', 'ANY OTHER BUSINESS'],
    ]);
    expect(plan.items[1]!.minute.paragraphs).toBe(1);
  });

  it('refuses the page as before when no "Minutes:" follows the rows', () => {
    expect(() => planText(page(''), { bodyId: 'westmere-pcp' })).toThrow('item 1 follows item 5');
  });
});

describe('what an agenda prints where a title would be', () => {
  it("\"Report of the Town Clerk.\" at the top of an item's page is the report's author, not the item's title", () => {
    const plan = planText('Report of the Town Clerk.\n\nMinutes:\n\nThe report was received.\n\nRESOLVED – That the report be noted.\n', {
      bodyId: 'westmere-pab',
      date: '2024-05-20',
    });
    expect(plan.items.map((item) => [item.titlePrinted, item.resolution?.parts.map((part) => part.kind)])).toEqual([[false, ['noted']]]);
  });

  it('"To confirm … the minutes …" under "Agenda item" is the agenda\'s line, not the title', () => {
    const plan = planText(
      'Agenda item\n\n\nTo confirm as a correct record the minutes of the meeting held on 4 March 2024.\n\n\nThat the minutes of the meeting held on 4 March 2024 be agreed as a correct record, subject to the following change:\n\n\nIn item 6, that "Eastholme Road" be amended to "Westholme Road".\n',
      { bodyId: 'westmere-cc', date: '2024-04-22' },
    );
    expect(plan.items[0]!.titlePrinted).toBe(false);
    expect(plan.items[0]!.resolution?.parts.map((part) => part.kind)).toEqual(['approved-subject-to-amendment']);
  });

  it("the list of papers alone marks a page as one item, and the text above it is the agenda's", () => {
    const plan = planText(
      "Report of the Director of Resources\n\nAdditional documents:\n\nThe Committee considered the annual report of its work.\n\nMembers thanked the Chair for the year's work.\n",
      { bodyId: 'westmere-agc', date: '2024-06-11' },
    );
    expect(plan.items.map((item) => [item.titlePrinted, item.minute.paragraphs])).toEqual([[false, 2]]);
  });
});

describe("a page cut short at an item's title", () => {
  it("keeps the item's number but not the title, which may be cut too", () => {
    const plan = planText(`${HEADER}\n\n1.\n\nAPOLOGIES\n\nMinutes:\n\nThere were none.\n\n2.\n\nQUESTIONS WITH NOTICE FROM MEMB`, {
      bodyId: 'westmere-csb',
    });
    expect(plan.items.map((item) => [item.printedNumber ?? item.number, item.titlePrinted])).toEqual([
      ['1', true],
      ['2', false],
    ]);
  });
});

describe('a short line before numbered decisions', () => {
  it('is not taken for a title because "(i) To approve …" follows it', () => {
    expect(
      titlesOf(
        'Housing Strategy pdf icon PDF 100 KB\n\nThe Board considered the strategy it must publish under\n\nPart 4 of the Housing Act 2004.\n\n(i) To approve the strategy.\n',
      ),
    ).toEqual(['Housing Strategy']);
  });
});

describe('an agenda number cited in the minute', () => {
  it('an item named in a declaration, "(item 9 on the agenda)", does not number the item declaring', () => {
    const plan = planText(
      `${HEADER}\n\n104.\n\nDeclarations of Interest\n\nMinutes:\n\nCouncillor Ivo Brand declared a personal interest (item 9 on the agenda) as a school governor.\n\n105.\n\nPanel Update\n\nMinutes:\n\nThe Panel's update was received.\n`,
      { bodyId: 'westmere-csb' },
    );
    expect(plan.items.map((item) => [item.number, item.agendaNumber])).toEqual([
      ['104', '1'],
      ['105', '2'],
    ]);
  });

  it('"(item 6 on the agenda filed with these minutes)" numbers the item on the agenda', () => {
    const plan = planText(
      `${HEADER}\n\n104.\n\nMinutes\n\nMinutes:\n\nThe minutes were approved.\n\n105.\n\nPanel Update\n\nMinutes:\n\nA report of the Head of Governance was submitted (item 6 on the agenda filed with these minutes).\n`,
      { bodyId: 'westmere-csb' },
    );
    expect(plan.items.map((item) => [item.number, item.agendaNumber])).toEqual([
      ['104', '1'],
      ['105', '6'],
    ]);
  });
});

describe("an agenda's words under a title", () => {
  it('are not minute text when the page ends before the last item\'s "Minutes:"', () => {
    const plan = planText(
      `${HEADER}\n\n1.\n\nApologies\n\nMinutes:\n\nThere were none.\n\n2.\n\nDisclosures of Interest\n\nMembers are invited to disclose any interest in the items on the agenda, including:\n\n(a) employment, office or trade;\n\n(b) sponsorship;\n\n(c) contracts with the council.`,
      { bodyId: 'westmere-csb' },
    );
    expect(plan.items.map((item) => [item.title, item.minute.recorded])).toEqual([
      ['Apologies', true],
      ['Disclosures of Interest', false],
    ]);
  });

  it('"Please see note (a) at the end of the agenda." and a closing date for questions are not minute text', () => {
    const plan = planText(
      `${HEADER}\n\n\nPublic Questions\n\nPlease see note (a) at the end of the agenda.\n\nThe closing date for receipt of questions is noon on 1 March 2024.\n\nNo public questions had been received.\n`,
      { bodyId: 'westmere-csb' },
    );
    expect(plan.items.map((item) => [item.title, item.minute.paragraphs])).toEqual([['Public Questions', 1]]);
  });
});

describe('titles at the edges of a page', () => {
  it('the first paragraph under the header, short and title-shaped, heads the first item', () => {
    expect(
      titlesOf(
        'Tribute to a Former Chair\n\n\nThe Vice Chair led the Board in a tribute to its former chair.\n\n\nDeclarations of interest\n\nThere were no declarations of interest.\n',
      ),
    ).toEqual(['Tribute to a Former Chair', 'Declarations of interest']);
  });

  it('a title cut inside its paper\'s marker, "… Fund pdf ico", is whole and kept', () => {
    expect(
      titlesOf(
        'Work Programme pdf icon PDF 310 KB\n\nTo consider the work programme.\n\n\nThe Committee considered its work programme.\n\n\nThe work programme was noted.\n\n\nRural Prosperity Fund pdf ico',
      ),
    ).toEqual(['Work Programme', 'Rural Prosperity Fund']);
  });
});
