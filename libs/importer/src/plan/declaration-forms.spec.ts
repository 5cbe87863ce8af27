/**
 * Declarations of interest in the forms minutes print them, on invented pages of an invented
 * Westmere Community Safety Partnership: each member and item as stated, and what is not stated
 * recorded as not stated.
 */
import type { DeclarationOfInterest, MeetingCommand } from '@ledger/domain';
import { planText } from '../testing/sample-minutes';

function page(declarations: string, laterMinute = 'The Partnership considered the waste contract report.'): string {
  return `Agenda and minutes

Westmere Community Safety Partnership - Wednesday, 6th March, 2024 2.00 pm

Venue: The Guildhall, Westmere

Contact: Priya Natt

Items
No. Item

1.

Apologies for absence

Minutes:

Apologies were received from Cllr. T. Rowe.

2.

Declarations of interest

Minutes:

${declarations}

3.

Budget Report

Minutes:

The Partnership considered the budget report.

4.

Housing Strategy

Minutes:

The Partnership considered the housing strategy.

5.

Waste Contract

Minutes:

${laterMinute}
`;
}

function declared(text: string, laterMinute?: string): DeclarationOfInterest[] {
  return planText(page(text, laterMinute), { bodyId: 'westmere-csp' })
    .commands.map((planned) => planned.command)
    .filter(
      (command): command is Extract<MeetingCommand, { type: 'RecordDeclarationsOfInterest' }> =>
        command.type === 'RecordDeclarationsOfInterest',
    )
    .flatMap((command) => command.data.declarations);
}

describe('declarations of interest, as the minutes state them', () => {
  it('reads an interest in all agenda items', () => {
    expect(declared('Cllr. M. Okoye declared a personal interest in all agenda items as an employee of the health trust.')).toEqual([
      { member: 'Cllr. M. Okoye', concerning: 'all-items', nature: 'personal', detail: 'an employee of the health trust' },
    ]);
  });

  it('reads "in the same item" as the item the declaration before it named', () => {
    expect(
      declared(
        'Cllr. M. Okoye declared a disclosable pecuniary interest in item 5, Waste Contract, as a director of the contractor.\n\nCllr. F. Lane declared an other registrable interest in the same item as a trustee of the recycling charity.',
      ),
    ).toEqual([
      { member: 'Cllr. M. Okoye', concerningItemNumber: '5', nature: 'disclosable-pecuniary', detail: 'a director of the contractor' },
      { member: 'Cllr. F. Lane', concerningItemNumber: '5', nature: 'other-registrable', detail: 'a trustee of the recycling charity' },
    ]);
  });

  it('reads an item named by its title, "in the item on Waste Contract", and a declaration printed under a list label', () => {
    expect(
      declared(
        '(a) Cllr. M. Okoye declared a disclosable pecuniary interest in the item on the Waste Contract, as a director of the contractor.\n\n(b) Cllr. F. Lane declared a personal interest in the item Housing Strategy as a tenant of the housing association.',
      ),
    ).toEqual([
      { member: 'Cllr. M. Okoye', concerningItemNumber: '5', nature: 'disclosable-pecuniary', detail: 'a director of the contractor' },
      { member: 'Cllr. F. Lane', concerningItemNumber: '4', nature: 'personal', detail: 'a tenant of the housing association' },
    ]);
    // A title the page's items do not hold is not guessed at.
    expect(declared('Cllr. M. Okoye declared a personal interest in the item on the Bus Station, as a season ticket holder.')).toEqual([
      { member: 'Cllr. M. Okoye', concerning: 'not-stated', nature: 'personal', detail: 'a season ticket holder' },
    ]);
  });

  it('reads a listed declaration naming its minute, "Cllr X - personal interest - minute 4"', () => {
    expect(
      declared(
        'The following interests were declared:\n\nCouncillor Ann Vesey - personal interest - minute 4, as a tenant of the housing association.',
      ),
    ).toEqual([
      { member: 'Councillor Ann Vesey', concerningItemNumber: '4', nature: 'personal', detail: 'a tenant of the housing association' },
    ]);
  });

  it('reads "No declarations were made" after a sentence asking for them', () => {
    const plan = planText(
      page('The Chair asked whether any member had an interest to declare in the business on the agenda. No declarations were made.'),
      { bodyId: 'westmere-csp' },
    );
    expect(plan.noDeclarations?.itemNumber).toBe('2');
  });

  it('reads a table of declarations flattened into lines, a member, an item and the kind of interest to a row', () => {
    expect(
      declared(
        'Member\n\nItem\n\nNature of interest\n\nCouncillor Petra Sabo\n\n4 - Housing Strategy\n\nOther registrable interest - employed by the housing trust\n\nCouncillor Cal Drey\n\n5 - Waste Contract\n\nNon-registrable interest - a relative works for the contractor',
      ),
    ).toEqual([
      { member: 'Councillor Petra Sabo', concerningItemNumber: '4', nature: 'other-registrable', detail: 'employed by the housing trust' },
      {
        member: 'Councillor Cal Drey',
        concerningItemNumber: '5',
        nature: 'non-registrable',
        detail: 'a relative works for the contractor',
      },
    ]);
  });

  it('reads declarations listed under a heading of their kind, and "Cllr X - Item 4 - personal - reason"', () => {
    expect(
      declared(
        'Personal interests\n\n\u00b7 Councillor Eri Vaughan - Item 5 (Waste Contract) - a member of the recycling forum.\n\nPrejudicial interests\n\n\u00b7 Gary Powell (Westmere Housing Group) - Item 4 - the Group owns the sites in the strategy.',
      ),
    ).toEqual([
      { member: 'Councillor Eri Vaughan', concerningItemNumber: '5', nature: 'personal', detail: 'a member of the recycling forum' },
      { member: 'Gary Powell', concerningItemNumber: '4', nature: 'prejudicial', detail: 'the Group owns the sites in the strategy' },
    ]);
    expect(
      declared(
        'The following interests were declared:\n\nCouncillor J. Heskin - Item 4 - personal - her husband chairs the housing trust.',
      ),
    ).toEqual([
      { member: 'Councillor J. Heskin', concerningItemNumber: '4', nature: 'personal', detail: 'her husband chairs the housing trust' },
    ]);
  });

  it('reads "made standing declarations of … interests in all applications" and a declaration after a clause with no comma', () => {
    expect(
      declared(
        'Councillors A. Pell and G. Rudd made standing declarations of non-registrable interests in all applications on the agenda as members of the town council.',
      ),
    ).toEqual([
      { member: 'Councillor A. Pell', concerning: 'all-items', nature: 'non-registrable', detail: 'members of the town council' },
      { member: 'Councillor G. Rudd', concerning: 'all-items', nature: 'non-registrable', detail: 'members of the town council' },
    ]);
    expect(
      declared('During the discussion Councillor Mina Faruk declared a non-registrable interest in item 5 as a trustee of the charity.'),
    ).toEqual([
      { member: 'Councillor Mina Faruk', concerningItemNumber: '5', nature: 'non-registrable', detail: 'a trustee of the charity' },
    ]);
  });

  it('does not take "X, who had declared an interest at an earlier meeting" for a declaration made now', () => {
    expect(
      declared('Councillor Arthur Pryce, who had declared an interest at the September meeting, confirmed that he no longer had one.'),
    ).toEqual([]);
    expect(declared('As the Chairman had declared an interest in the item, the Vice-Chairman took the Chair.')).toEqual([]);
  });

  it('records no member from "All Members present declared …", which names no one', () => {
    expect(declared('All Members present declared that they had been lobbied by the applicant.')).toEqual([]);
  });

  it('keeps a non-pecuniary interest as the code of conduct names it, not as another kind', () => {
    expect(declared('Cllr. M. Okoye declared a non-pecuniary interest in all agenda items as a trustee of the food bank.')).toEqual([
      { member: 'Cllr. M. Okoye', concerning: 'all-items', nature: 'non-pecuniary', detail: 'a trustee of the food bank' },
    ]);
  });

  it('reads a standing declaration by employment as one in every item, its kind not stated', () => {
    expect(declared('Cllr. F. Lane declared a standing interest as a governor of Westmere College.')).toEqual([
      { member: 'Cllr. F. Lane', concerning: 'all-items', nature: 'not-stated', detail: 'a governor of Westmere College' },
    ]);
  });

  it('records a declaration that names no item as being in an item not stated', () => {
    expect(declared('Cllr. D. Hale declared an interest in that she chaired a local residents group.')).toEqual([
      { member: 'Cllr. D. Hale', concerning: 'not-stated', nature: 'not-stated', detail: 'she chaired a local residents group' },
    ]);
  });

  it('keeps an item the page does not hold by its printed name', () => {
    expect(declared('Cllr. D. Hale declared a prejudicial interest in agenda item 9 as a licence holder.')).toEqual([
      {
        member: 'Cllr. D. Hale',
        concerning: 'not-on-this-page',
        concerningAsPrinted: 'agenda item 9',
        nature: 'prejudicial',
        detail: 'a licence holder',
      },
    ]);
  });

  it('reads several members in one sentence, each a declaration', () => {
    expect(
      declared('Councillors Ames, Birch and Cole declared personal interests in agenda item 4 as tenants of the housing company.'),
    ).toEqual(
      ['Councillor Ames', 'Councillor Birch', 'Councillor Cole'].map((member) => ({
        member,
        concerningItemNumber: '4',
        nature: 'personal',
        detail: 'tenants of the housing company',
      })),
    );
  });

  it('reads one member declaring in two items', () => {
    expect(
      declared(
        'Cllr. J. Marsh declared a personal interest in agenda item 3 as a school governor. Cllr. J. Marsh declared a disclosable pecuniary interest in agenda item 5 as a director of the contractor.',
      ),
    ).toEqual([
      { member: 'Cllr. J. Marsh', concerningItemNumber: '3', nature: 'personal', detail: 'a school governor' },
      { member: 'Cllr. J. Marsh', concerningItemNumber: '5', nature: 'disclosable-pecuniary', detail: 'a director of the contractor' },
    ]);
  });

  it('reads "declared that … in relation to item N"', () => {
    expect(declared('The Chairman declared that he was a trustee of the food bank, in relation to item 4.')).toEqual([
      { member: 'The Chairman', concerningItemNumber: '4', nature: 'not-stated', detail: 'he was a trustee of the food bank' },
    ]);
  });

  it('reads declarations grouped under the heading of the item they are in', () => {
    expect(
      declared('Item 4 - Housing Strategy\n\nCllr. R. Patel declared a personal interest as a housing association board member.'),
    ).toEqual([{ member: 'Cllr. R. Patel', concerningItemNumber: '4', nature: 'personal', detail: 'a housing association board member' }]);
  });

  it('records a declaration made later in the meeting, under the item where it was minuted', () => {
    const plan = planText(
      page(
        'Cllr. J. Marsh declared a personal interest in agenda item 3 as a school governor.',
        'Cllr. S. Ward declared a prejudicial interest in agenda item 5 as a director of the bidder and left the meeting.',
      ),
      { bodyId: 'westmere-csp' },
    );
    expect(plan.declarations.map((declaration) => [declaration.itemNumber, declaration.member, declaration.concerningItemNumber])).toEqual([
      ['2', 'Cllr. J. Marsh', '3'],
      ['5', 'Cllr. S. Ward', '5'],
    ]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it("takes an interest declared in a report's minute, naming no item, for that report, with the member's role left off", () => {
    const plan = planText(
      page(
        'No declarations were made.',
        'Before the item was considered, Councillor F. Mabey, Cabinet Member for Waste, declared a non-registrable interest as a trustee of a street pastors charity.',
      ),
      { bodyId: 'westmere-csp' },
    );
    expect(plan.declarations.map((declaration) => [declaration.itemNumber, declaration.member, declaration.concerningItemNumber])).toEqual([
      ['5', 'Councillor F. Mabey', '5'],
    ]);
  });

  it('reads "a personal and prejudicial interest" as prejudicial, and no new declaration from "having declared"', () => {
    expect(
      declared('Cllr. S. Okoro declared a personal and prejudicial interest in agenda item 5 as a relative works for the bidder.'),
    ).toEqual([{ member: 'Cllr. S. Okoro', concerningItemNumber: '5', nature: 'prejudicial', detail: 'a relative works for the bidder' }]);
    expect(declared('Cllr. S. Okoro, having declared a prejudicial interest (minute 5), left the room.')).toEqual([]);
  });

  it('takes "in this item" for the item in whose minute it is said, and not in the item for declarations', () => {
    const plan = planText(
      page(
        'Cllr. J. Marsh declared a personal interest in this item as a school governor.',
        'Cllr. S. Ward declared a prejudicial interest in this item as a director of the bidder and left the meeting.',
      ),
      { bodyId: 'westmere-csp' },
    );
    expect(
      plan.declarations.map((declaration) => [
        declaration.itemNumber,
        declaration.member,
        declaration.concerningItemNumber ?? declaration.concerning,
      ]),
    ).toEqual([
      ['2', 'Cllr. J. Marsh', 'not-stated'],
      ['5', 'Cllr. S. Ward', '5'],
    ]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('reads two members named before one "declared", and no member from a clause such as "Having declared interests"', () => {
    const plan = planText(
      page(
        'Dr A. Mehta and Dr C. Rowntree declared non-registrable interests in agenda item 5 as partners in local practices.',
        'Having declared interests, Dr Mehta and Dr Rowntree took no part in this item.',
      ),
      { bodyId: 'westmere-csp' },
    );
    expect(plan.declarations.map((declaration) => [declaration.itemNumber, declaration.member, declaration.concerningItemNumber])).toEqual([
      ['2', 'Dr A. Mehta', '5'],
      ['2', 'Dr C. Rowntree', '5'],
    ]);
  });

  it('records a late declaration under its item after the item for declarations said none were made', () => {
    const plan = planText(
      page(
        'No declarations were made.',
        'Cllr. S. Ward declared a prejudicial interest in this item as a director of the bidder and left the meeting.',
      ),
      { bodyId: 'westmere-csp' },
    );
    expect(plan.noDeclarations?.itemNumber).toBe('2');
    expect(plan.declarations.map((declaration) => [declaration.itemNumber, declaration.member, declaration.concerningItemNumber])).toEqual([
      ['5', 'Cllr. S. Ward', '5'],
    ]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('reads "no disclosures were received" as no declarations', () => {
    const plan = planText(page('No disclosures were received.'), { bodyId: 'westmere-csp' });
    expect(plan.noDeclarations?.itemNumber).toBe('2');
  });

  it('does not take a reminder to declare for a declaration', () => {
    expect(declared('Members were reminded that they must declare any disclosable pecuniary interests.')).toEqual([]);
  });
});

describe('declarations written less tidily', () => {
  it('reads two members declaring in one sentence, after a leading clause, with the item in brackets', () => {
    expect(
      declared(
        'In the interests of openness, Councillor Ames disclosed an interest in the item on the community grants scheme (minute 3) as a trustee of a grant recipient and Councillor Birch disclosed an interest in the item on housing (minute 4).',
      ),
    ).toEqual([
      { member: 'Councillor Ames', concerningItemNumber: '3', nature: 'not-stated', detail: 'a trustee of a grant recipient' },
      { member: 'Councillor Birch', concerningItemNumber: '4', nature: 'not-stated' },
    ]);
  });

  it('reads "declared a DPI", and a name printed with a dash after it', () => {
    expect(declared('Mr P J Quill - declared a DPI in respect of agenda item 5 as he worked for the contractor.')).toEqual([
      { member: 'Mr P J Quill', concerningItemNumber: '5', nature: 'disclosable-pecuniary', detail: 'he worked for the contractor' },
    ]);
  });
});
