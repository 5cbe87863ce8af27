/**
 * Pages of one item as councils publish them, written afresh for an invented Westmere Borough
 * Council: who presented, what the agenda printed under the heading, resolutions worded
 * "RESOLVED, that …", led into by "That" over lettered parts, or printed as bullets, and
 * declarations recorded as none.
 */
import { planText } from '../testing/sample-minutes';

const onePage = (text: string) => planText(text, { bodyId: 'westmere-ssb', date: '2024-07-09' });
const itemOf = (text: string) => onePage(text).items[0]!;
const partsOf = (text: string) => (itemOf(text).resolution?.parts ?? []).map((part) => [part.label ?? null, part.kind]);

describe('who presented an item', () => {
  it('is read from "X, Role, introduced item two" and "The Chair invited X, Role, to introduce the item"', () => {
    expect(
      itemOf(
        'Agenda item\n\nBoard Priorities\n\nMinutes:\n\nAmir Vance, Policy Officer, introduced item two, which set out the draft priorities.\n',
      ).presentedBy?.map((person) => person.name),
    ).toEqual(['Amir Vance']);
    expect(
      itemOf(
        'Agenda item\n\nEnd of Year Report\n\nMinutes:\n\nThe Chair invited Rosa Quint, Principal Policy Adviser, to introduce the item.\n\nMembers welcomed the report.\n',
      ).presentedBy?.map((person) => person.name),
    ).toEqual(['Rosa Quint']);
  });

  it('is read from "X presented the plan", "X introduced the chapter" and "The Chief Officer, Y, presented his annual report"', () => {
    const presenters = (minute: string) =>
      itemOf(`Agenda item\n\nHealth Plan\n\nMinutes:\n\n${minute}\n`).presentedBy?.map((person) => person.name);
    expect(presenters('Lorna Quail, Head of Commissioning, presented the plan, which had been submitted in March.')).toEqual([
      'Lorna Quail',
    ]);
    expect(presenters('Dr Priya Nand, Director of Public Health, introduced the chapter on oral health.')).toEqual(['Dr Priya Nand']);
    expect(presenters('The Chief Fire Officer, Mr Emyr Tomos, presented his annual report.')).toEqual(['Mr Emyr Tomos']);
    expect(presenters('The Commissioner, Ann Fry, presented her proposal to raise the precept.')).toEqual(['Ann Fry']);
  });

  it('is read from "X updated members", "Members were updated by the Officer, X", "Presented by X", "The Officer (X) gave", and a joint presentation', () => {
    const presenters = (minute: string) =>
      itemOf(`Agenda item\n\nAudit Update\n\nMinutes:\n\n${minute}\n`).presentedBy?.map((person) => person.name);
    expect(presenters('Fiona Ade, Scrutiny Officer, updated members on the draft work programme.')).toEqual(['Fiona Ade']);
    expect(presenters('Gary Whit of Forde Ashby LLP, the external auditor, updated members on the audit.')).toEqual(['Gary Whit']);
    expect(presenters('Members were updated by the Chief Finance Officer, Dev Mist, on the borrowing position.')).toEqual(['Dev Mist']);
    expect(presenters('Presented by Jason Kirk, Licensing Team Leader, the report proposed lowering the age limit.')).toEqual([
      'Jason Kirk',
    ]);
    expect(presenters('The Principal Licensing Officer (Lucy Farn) gave a brief update on fees.')).toEqual(['Lucy Farn']);
    expect(presenters('The Head of Internal Audit, Naomi Fair, presented her annual opinion.')).toEqual(['Naomi Fair']);
    expect(presenters('Inspector Kate Lowe of Westmere Police and Gemma Tarr gave a joint presentation on performance.')).toEqual([
      'Inspector Kate Lowe',
      'Gemma Tarr',
    ]);
  });

  it('is read from "X presented the quarter 2 performance report", "X presented the Quarter 3 return" and "a report …, introduced by X"', () => {
    const presenters = (minute: string) =>
      itemOf(`Agenda item\n\nPerformance\n\nMinutes:\n\n${minute}\n`).presentedBy?.map((person) => person.name);
    expect(presenters('The Head of Policy, Chidi Oko, presented the quarter 2 performance report.')).toEqual(['Chidi Oko']);
    expect(presenters('Tom Ash presented the Quarter 3 return, which had been submitted in February.')).toEqual(['Tom Ash']);
    expect(
      presenters(
        'The Committee considered a report of the Monitoring Officer, introduced by Alan Pross, Deputy Monitoring Officer, who outlined the changes.',
      ),
    ).toEqual(['Alan Pross']);
  });

  it('is each of two people named with their roles, and a name printed after a fire service rank', () => {
    const presenters = (minute: string) =>
      itemOf(`Agenda item\n\nStation Review\n\nMinutes:\n\n${minute}\n`).presentedBy?.map((person) => person.name);
    expect(presenters('Tomas Reel, Head of Prevention, and Ines Galt, Data Analyst, presented the report on station cover.')).toEqual([
      'Tomas Reel',
      'Ines Galt',
    ]);
    expect(presenters('Group Manager Sian Hale gave a presentation on the review.')).toEqual(['Sian Hale']);
    expect(presenters('Station Commander Ray Bly presented the update on response times.')).toEqual(['Ray Bly']);
    expect(presenters('Mayor Rosa Tenn gave a presentation on the bus plan.')).toEqual(['Rosa Tenn']);
    expect(presenters('The Committee received a presentation from Mayor Colm Ash on his priorities for the year.')).toEqual(['Colm Ash']);
    // A role holding "and" is one person's role, not a second person.
    expect(presenters('Ola Fenn, Head of Safety and Resilience, presented the report.')).toEqual(['Ola Fenn']);
  });

  it('finds who could not attend by the initials of their rank, or by the office a clause names, and one "who was unable to attend"', () => {
    const byInitials = itemOf(
      'Agenda item\n\nFire Safety Checks\n\nAssistant Chief Fire Officer Rhod Vaughn will present this report.\n\nMinutes:\n\nACFO Vaughn was unable to attend owing to operational commitments and the report was presented by Area Manager Cara Dun.\n',
    );
    expect([byInitials.unableToAttend?.map((person) => person.name), byInitials.presentedBy?.map((person) => person.name)]).toEqual([
      ['Rhod Vaughn'],
      ['Cara Dun'],
    ]);
    const byOffice = itemOf(
      'Agenda item\n\nHealth Strategy\n\nDr Anji Mistri, Director of Public Health, will present this report.\n\nMinutes:\n\nThe Board had expected the report to be introduced by the Director of Public Health, who was unable to attend the meeting. Mark Fen, Head of Policy, presented the report in her place.\n',
    );
    expect([byOffice.unableToAttend?.map((person) => person.name), byOffice.presentedBy?.map((person) => person.name)]).toEqual([
      ['Dr Anji Mistri'],
      ['Mark Fen'],
    ]);
    const apologies = itemOf(
      'Agenda item\n\nAnnual Report\n\nMinutes:\n\nApologies had been received from Helen Marsh, who was unable to attend because of illness.\n',
    );
    expect(apologies.unableToAttend?.map((person) => person.name)).toEqual(['Helen Marsh']);
  });

  it('is not listed when the agenda names only an office, "The Commissioner will present this item"', () => {
    expect(
      itemOf('Agenda item\n\nPrecept\n\nThe Commissioner will present this item.\n\nMinutes:\n\nThe Panel considered the proposal.\n')
        .presenter,
    ).toBeUndefined();
  });

  it('is listed as the first of two the agenda names, as the office holder named after the office, and after a title', () => {
    const listed = (agenda: string) =>
      itemOf(`Agenda item\n\nPrecept Proposal\n\n${agenda}\n\nMinutes:\n\nThe Panel considered the proposal.\n`).presenter;
    expect(
      listed('Councillor Tess Amber, Cabinet Member for Environment, and Gary Lind, Head of Waste Services, will present this report.'),
    ).toEqual({ name: 'Councillor Tess Amber', role: 'Cabinet Member for Environment' });
    expect(listed('The Police and Crime Commissioner, Alun Pryce, will attend to present his proposal.')).toEqual({
      name: 'Alun Pryce',
      role: 'Police and Crime Commissioner',
    });
    expect(listed('Chief Fire Officer Dan Strake will present this item.')).toEqual({ name: 'Dan Strake', role: 'Chief Fire Officer' });
  });

  it('finds who could not attend by the role the agenda gives them, or named before the first verb, and who presented instead', () => {
    const item = itemOf(
      'Agenda item\n\nResponse Times\n\nChief Fire Officer Dan Strake will present this item.\n\nMinutes:\n\nThe Chief Fire Officer was unable to attend owing to a national commitment, and the report was presented by Deputy Chief Fire Officer Lena Ross.\n',
    );
    expect([item.unableToAttend?.map((person) => person.name), item.presentedBy?.map((person) => person.name)]).toEqual([
      ['Dan Strake'],
      ['Lena Ross'],
    ]);
    const unwell = itemOf(
      'Agenda item\n\nGrants Update\n\nMo Osei, Grants Officer, will give a presentation.\n\nMinutes:\n\nMo Osei was unwell and was unable to attend, so the presentation could not be given.\n',
    );
    expect([unwell.unableToAttend?.map((person) => person.name), unwell.presentedBy]).toEqual([['Mo Osei'], []]);
    const reported = itemOf(
      'Agenda item\n\nGrants Update\n\nMinutes:\n\nThe Chair reported that Mo Osei was unable to attend the meeting because of an operational commitment.\n',
    );
    expect(reported.unableToAttend?.map((person) => person.name)).toEqual(['Mo Osei']);
    const insteadAfterAComma = itemOf(
      'Agenda item\n\nWork Programme\n\nMinutes:\n\nAs Rae Cott was unable to attend owing to a site visit, the report was presented by Neil Ash, Scrutiny Officer.\n',
    );
    expect(insteadAfterAComma.presentedBy?.map((person) => person.name)).toEqual(['Neil Ash']);
  });

  it('is listed from the sentence of the agenda that names the presenter, and from "Presenting officer: X"', () => {
    expect(
      itemOf(
        'Agenda item\n\nHousing Plan\n\nReport of the Strategic Director of Place. Gareth Pry, Head of Housing Finance, will present the report.\n\nMinutes:\n\nThe Cabinet considered the plan.\n',
      ).presenter?.name,
    ).toBe('Gareth Pry');
    expect(
      itemOf(
        'Agenda item\n\nHome Education\n\nTo receive a report of the Director. Presenting officer: Lorna Acht, Head of Inclusion.\n\nMinutes:\n\nThe Panel considered the report.\n',
      ).presenter?.name,
    ).toBe('Lorna Acht');
  });

  it('is who stood in for a listed presenter who could not attend, the absent one named in full from the agenda', () => {
    const item = itemOf(
      'Agenda item\n\nHousehold Support Fund\n\nCouncillor Fiona Marsh, Executive Member for Communities, will present this report.\n\nMinutes:\n\n' +
        'Councillor Marsh was unable to attend the meeting and the Leader, Councillor Joanna Kettle, presented the report in her place.\n',
    );
    expect(item.presentedBy?.map((person) => person.name)).toEqual(['Councillor Joanna Kettle']);
    expect(item.unableToAttend?.map((person) => person.name)).toEqual(['Councillor Fiona Marsh']);
    const other = itemOf(
      'Agenda item\n\nPharmacy Needs\n\nDr Helen Ache, Consultant in Public Health, to present.\n\nMinutes:\n\n' +
        'The report was presented by Marcus Obi, Intelligence Manager, as Dr Ache was unable to attend the meeting.\n',
    );
    expect([
      other.presenter?.name,
      other.presentedBy?.map((person) => person.name),
      other.unableToAttend?.map((person) => person.name),
    ]).toEqual(['Dr Helen Ache', ['Marcus Obi'], ['Dr Helen Ache']]);
  });

  it('is read from "X presented his statement"', () => {
    expect(
      itemOf("Agenda item\n\nLeader's Statement\n\nMinutes:\n\nOwen Pike presented his statement on the year ahead.\n").presentedBy?.map(
        (person) => person.name,
      ),
    ).toEqual(['Owen Pike']);
  });

  it('is the person the agenda names with a role, when the minute says "The <role> introduced the item"', () => {
    const page = (roles: string) =>
      `Agenda item\n\nTown Centre Safety Update\n\nTo receive an update on the town centre.\n\n${roles}\n\nMinutes:\n\nThe Cabinet Member for Safer Streets introduced the item and answered questions.\n`;
    expect(
      itemOf(page('Councillor Rhea Moss, Cabinet Member for Safer Streets\n\nDan Oyelaran, Community Safety Manager')).presentedBy,
    ).toEqual([{ name: 'Councillor Rhea Moss', role: 'Cabinet Member for Safer Streets' }]);
    // No one on the agenda has that role: the role alone names no one.
    expect(itemOf(page('Dan Oyelaran, Community Safety Manager')).presentedBy).toBeUndefined();
  });

  it('is read from "The Leader, Cllr. X presented …", the office named before the person', () => {
    expect(
      itemOf(
        "Agenda item\n\nLeader's Statement\n\nMinutes:\n\nThe Leader, Cllr. Owen Pike presented his statement on the year ahead.\n",
      ).presentedBy?.map((person) => person.name),
    ).toEqual(['Cllr. Owen Pike']);
  });

  it('is listed from the agenda\'s "Verbal update by X, Role", which is not a title of its own', () => {
    const plan = onePage(
      'Police and Crime Panel\n\nVerbal Update by Nadia Ferris, Scrutiny Officer.\n\n\nThe Scrutiny Officer gave a verbal update on the last meeting of the Panel.\n\n\n\n\nThat the verbal update be noted.\n',
    );
    expect(plan.items.map((item) => [item.title, item.presenter?.name, item.resolution?.parts.map((part) => part.kind)])).toEqual([
      ['Police and Crime Panel', 'Nadia Ferris', ['noted']],
    ]);
  });
});

describe('what stands under the "Agenda item" heading', () => {
  it('is the title, also when the site prints its settings above the heading', () => {
    const plan = onePage(
      'Accessibility settings\n\nA cookie will be set to remember your choices.\n\nText size\n\nAgenda item\n\nCommunity Safety Partnership Update\n\nMinutes:\n\nThe Committee received the update.\n',
    );
    expect(plan.items.map((item) => item.title)).toEqual(['Community Safety Partnership Update']);
  });

  it('is not a title when it is the agenda\'s instruction, "(i) To receive …"', () => {
    expect(
      itemOf(
        'Agenda item\n\n(i) To receive the minutes of the committees held since the last meeting.\n\n(ii) To consider their recommendations.\n\nRESOLVED – That the minutes be received.\n',
      ).titlePrinted,
    ).toBe(false);
  });

  it('is the title when it names a report\'s author: "Report from the Chair of the Planning Committee"', () => {
    expect(
      itemOf("Agenda item\n\nReport from the Chair of the Planning Committee\n\nMinutes:\n\nThe Chair reported on the year's appeals.\n")
        .title,
    ).toBe('Report from the Chair of the Planning Committee');
  });

  it('is not a title when it says who the agenda will hear: "The Director to be heard."', () => {
    expect(
      itemOf(
        'The Director and her officers to be heard.\n\nMinutes:\n\nThe Board received the update.\n\nRESOLVED, that the update be noted.\n',
      ).titlePrinted,
    ).toBe(false);
  });
});

describe('resolutions', () => {
  it('"RESOLVED, that the report be noted."', () => {
    expect(
      partsOf('Agenda item\n\nAction Log\n\nMinutes:\n\nMembers reviewed the open actions.\n\nRESOLVED, that the report be noted.\n'),
    ).toEqual([[null, 'noted']]);
  });

  it('"RESOLVED – That" over lettered parts: the words only lead into the parts', () => {
    expect(
      partsOf(
        'Agenda item\n\nTerms of Reference\n\nMinutes:\n\nThe Board reviewed its terms of reference.\n\nRESOLVED – That\na) approval be given to the terms of reference as set out in the appendix; and\nb) the frequency of meetings be noted.\n',
      ),
    ).toEqual([
      ['a', 'approved'],
      ['b', 'noted'],
    ]);
  });

  it('a report "be received" is noted', () => {
    expect(partsOf('Agenda item\n\nStrategy\n\nMinutes:\n\nRESOLVED – That the report be received.\n')).toEqual([[null, 'noted']]);
  });

  it('printed as bullets is one unlettered part holding every bullet, its kind not guessed from the first', () => {
    const item = itemOf(
      'Agenda item\n\nReview of Terms of Reference\n\nMinutes:\n\nMembers discussed the draft.\n\nRESOLVED, that\n\n·         the terms of reference be agreed as amended by Members.\n\n·         the frequency of its meetings be noted.\n',
    );
    expect(item.resolution?.parts.map((part) => [part.label ?? null, part.kind])).toEqual([[null, 'unclassified']]);
    expect(item.resolution?.parts[0]!.text).toContain('the frequency of its meetings be noted.');
  });
});

describe('declarations recorded as none', () => {
  it('not from "Declarations of the Party Whip": a whip is not an interest', () => {
    const plan = planText(
      'Agenda and minutes\n\nScrutiny Commission - Monday, 8th July, 2024 6.00 pm\n\nItems\nNo. Item\n\n1.\n\nDeclarations of the Party Whip\n\nMinutes:\n\nNo declarations were made.\n',
      { bodyId: 'westmere-sc' },
    );
    expect([plan.items[0]!.kind, plan.noDeclarations]).toEqual(['report', undefined]);
  });

  it('from a bare "None." under an item for declarations alone, and not under other business', () => {
    expect(onePage('Agenda item\n\nDisclosure of Interests\n\nMinutes:\n\nNone.\n').noDeclarations?.itemNumber).toBe('1');
    expect(onePage('Agenda item\n\nAny Other Business\n\nMinutes:\n\nNone.\n').noDeclarations).toBeUndefined();
  });

  it('under one opening item, "Welcome, apologies and declarations of interest"', () => {
    const plan = onePage(
      'Agenda item\n\nWelcome, apologies and declarations of interest\n\nMinutes:\n\nThe Chair welcomed members to the meeting.\n\nApologies were received from Cllr Bo Tern.\n\nThere were no declarations of interest.\n',
    );
    expect(plan.items.map((item) => item.kind)).toEqual(['declarations-of-interest']);
    expect(plan.noDeclarations?.itemNumber).toBe('1');
  });

  it('from "None." opening the minute, with a remark after it that speaks of no interest', () => {
    const minute = (after: string) => `Agenda item\n\nDisclosure of Interests\n\nMinutes:\n\nNone.\n\n\n${after}\n`;
    expect(
      onePage(minute('It was confirmed that sitting on a parish council did not stop members from voting.')).noDeclarations?.itemNumber,
    ).toBe('1');
    expect(onePage(minute('Later in the meeting Councillor Ines Marr declared an interest in item 6.')).noDeclarations).toBeUndefined();
    // A remark on an interest the reader cannot take for a declaration: "None." may not be the whole answer.
    expect(
      onePage(minute('Cllr Ada Brook mentioned that her interest as a school governor was already on the register.')).noDeclarations,
    ).toBeUndefined();
  });
});

describe('declarations listed under "The following declaration was made"', () => {
  it('are read from the member and what follows, with the nature in brackets and the item named', () => {
    const plan = planText(
      `Agenda and minutes\n\nScrutiny Commission - Monday, 8th July, 2024 6.00 pm\n\nItems\nNo. Item\n\n1.\n\nDeclarations of Interest\n\nMinutes:\n\nThe following declaration was made;\n\n      i.        Councillor Ivo Brand – Exempt item 6 on the agenda (Market Hall lease) – As a member of Westmere Town Council (other registrable interest).\n\n2.\n\nMarket Hall Lease\n\nMinutes:\n\nThe Commission considered the lease.\n`,
      { bodyId: 'westmere-sc' },
    );
    expect(
      plan.declarations.map((declaration) => [
        declaration.member,
        declaration.nature,
        declaration.concerningItemNumber ?? declaration.concerning,
      ]),
    ).toEqual([['Councillor Ivo Brand', 'other-registrable', 'not-on-this-page']]);
  });
});

describe('a noting told in a sentence of its own', () => {
  const last = (sentence: string) =>
    planText(
      `Agenda and minutes\n\nScrutiny Committee - Wednesday, 9th October, 2024 6.30 pm\n\nWork Programme pdf icon PDF 310 KB\n\nTo consider the items for the work programme.\n\n\nThe Committee considered its work programme.\n\n\n${sentence}\n`,
      { bodyId: 'westmere-sc' },
    ).items[0]!.resolution?.parts.map((part) => part.kind);

  it('is the decision: "The work programme was noted."', () => {
    expect(last('The work programme was noted.')).toEqual(['noted']);
  });

  it('is not one when it notes apologies or anything but a paper', () => {
    expect(last('The Chair welcomed everyone and the list of apologies was noted.')).toBeUndefined();
  });
});

describe('what the agenda says will happen', () => {
  it('is not a title: "The panel will conduct a hearing …" under "Agenda item"', () => {
    expect(
      itemOf(
        "Agenda item\n\nThe panel will conduct a confirmation hearing on the proposed appointment of the Commissioner's chief executive.\n\nThe Partnership Manager submitted a report on the procedure for the hearing.\n",
      ).titlePrinted,
    ).toBe(false);
  });
});

describe("the number of an issue page's item", () => {
  it('is the number it prints, with no agenda number guessed from its place on the page', () => {
    const plan = planText(
      'Issue - meetings\n\nMeeting: 11/05/2024 - Audit Committee (Item 31)\n\n31 Minutes pdf icon PDF 220 KB\n\nMinutes:\n\nThe minutes of the meeting held on 16 March 2024 were approved.\n',
      { bodyId: 'westmere-ac' },
    );
    expect(plan.items.map((item) => [item.number, item.agendaNumber])).toEqual([['31', undefined]]);
  });
});

describe('a declaration listed against an exempt item', () => {
  it('keeps the item as printed, "item 8a"', () => {
    const plan = planText(
      `Agenda and minutes\n\nScrutiny Commission - Monday, 8th July, 2024 6.00 pm\n\nItems\nNo. Item\n\n1.\n\nDeclarations of Interest\n\nMinutes:\n\nThe following declaration was made;\n\n      i.        Councillor Ivo Brand – Exempt item 8a on the agenda – As a member of Westmere Town Council (other registrable interest).\n`,
      { bodyId: 'westmere-sc' },
    );
    expect(plan.declarations.map((declaration) => declaration.concerningAsPrinted)).toEqual(['agenda item 8a']);
  });
});

describe('a decision told as "Cabinet agreed the following:-"', () => {
  it('has the numbered parts below it for its parts, read by their verbs', () => {
    expect(
      partsOf(
        "Agenda item\n\nLocal Partnership Board\n\nMinutes:\n\nOn consideration of the report of the Cabinet Member, Cabinet agreed the following:-\n\n(i) To appoint the Board to advise the Council.\n\n(ii) To approve the Board's work plan.\n",
      ),
    ).toEqual([
      ['i', 'agreed'],
      ['ii', 'approved'],
    ]);
  });
});

describe('who attended to present', () => {
  it('is read from "X, Chair of the Panel was in attendance to present the report"', () => {
    expect(
      itemOf(
        'Agenda item\n\nPanel Annual Report\n\nMinutes:\n\nCouncillor Una Sable, Chair of the Panel was in attendance to present the report.\n',
      ).presentedBy?.map((person) => person.name),
    ).toEqual(['Councillor Una Sable']);
  });
});

describe('an exclusion of the press and public whose business the page does not show', () => {
  const exclusionOf = (text: string) => onePage(text).exclusions;

  it('is recorded for the business in the words the minute uses, "the following item of business"', () => {
    expect(
      exclusionOf(
        'Agenda item\n\nExclusion of the Public and Press\n\nMinutes:\n\nRESOLVED: That the public and press be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.\n',
      ),
    ).toEqual([expect.objectContaining({ forItemNumbers: [], forBusinessAsPrinted: 'the following item of business', paragraphs: [3] })]);
  });

  it('names the agenda item it cites, "Item 7 on the agenda (item 6 of these minutes)"', () => {
    expect(
      exclusionOf(
        'Agenda item\n\nExclusion of the Public and Press\n\nMinutes:\n\nRESOLVED: That the public and press be excluded from the meeting before discussion takes place on Item 7 on the agenda (item 6 of these minutes) on the grounds that exempt information as described in paragraphs 1 and 2 of Schedule 12A to the Local Government Act 1972 would be disclosed.\n',
      ).map((exclusion) => [exclusion.forBusinessAsPrinted, exclusion.paragraphs]),
    ).toEqual([['Item 7 on the agenda (item 6 of these minutes)', [1, 2]]]);
  });

  it('is the untitled item of a decision page that resolves only to exclude them, its paragraph printed "paragraph, 3"', () => {
    const plan = onePage(
      'RESOLVED: That members of the press and public be excluded from the meeting during consideration of the following items of business because exempt information would be disclosed, being information defined in paragraph, 3 of Schedule 12A of the Local Government Act 1972.\n',
    );
    expect(plan.items.map((item) => item.kind)).toEqual(['exclusion-of-press-and-public']);
    expect(plan.exclusions.map((exclusion) => [exclusion.forBusinessAsPrinted, exclusion.paragraphs])).toEqual([
      ['the following items of business', [3]],
    ]);
  });

  it('is kept as minute text when the minute names no business at all', () => {
    const plan = onePage(
      'Agenda item\n\nExclusion of the Public and Press\n\nMinutes:\n\nRESOLVED: That the public be excluded from the meeting under paragraph 3 of Schedule 12A to the Local Government Act 1972.\n',
    );
    expect(plan.exclusions).toEqual([]);
    expect(plan.unclassified.map((passage) => [passage.reason, passage.keptAsMinuteText])).toEqual([
      ['excludes the press and public for business these minutes neither contain nor name', true],
    ]);
  });

  it('reads the words for the business whole when the page breaks them across lines or spaces them twice', () => {
    expect(
      exclusionOf(
        'Agenda item\n\nExclusion of the Public and Press\n\nMinutes:\n\nRESOLVED: That the public and press be excluded from the meeting for the  following\n    item of business on the grounds that it involves exempt information as defined in paragraph 3 of Schedule 12A to the Local Government Act 1972.\n',
      ).map((exclusion) => exclusion.forBusinessAsPrinted),
    ).toEqual(['the following item of business']);
  });
});

describe("an issue's page that prints the issue's name again over the item, without a number", () => {
  const page = (minute: string) => `Issue - meetings

Change to the Order of Business

Meeting: 02/10/2024 - Westmere Borough Council (Item 41)

Change to the Order of Business

Minutes:

${minute}
`;

  it('takes the repeated name for the title, and keeps the number the meeting line prints', () => {
    const plan = planText(page('The Mayor agreed to vary the order of business so that item 9 would be taken before item 5.'), {
      bodyId: 'westmere-council',
    });
    expect(plan.items.map((item) => [item.number, item.title, item.titlePrinted, item.kind])).toEqual([
      ['41', 'Change to the Order of Business', true, 'change-to-order-of-business'],
    ]);
  });

  it('records no variation of the order when the minute says the change was not agreed', () => {
    const plan = planText(
      page(
        'Councillor Hale moved that item 9 be taken next. The proposed change was put to the vote: For 12, Against 20.\n\nThe change was not agreed and the meeting continued in the order of the agenda.',
      ),
      { bodyId: 'westmere-council' },
    );
    expect(plan.orderOfBusiness).toBeUndefined();
  });
});

describe("an item page printing the item's number on a line of its own above the title", () => {
  it("takes the number for the item's and the next line for its title", () => {
    const item = itemOf(
      'Agenda item\n\n14\n\nHousing Revenue Account Plan pdf icon PDF 412 KB\n\nMinutes:\n\nRESOLVED: That the plan be approved.\n',
    );
    expect([item.printedNumber, item.title, item.report?.sizeKb]).toEqual(['14', 'Housing Revenue Account Plan', 412]);
  });
});

describe('an item page whose decision was moved, seconded and agreed, its parts lettered in lower case', () => {
  it('reads the parts ("the proposed merger … be supported"), a request to circulate papers as no report back, and a presenter\'s role without "then"', () => {
    const item = itemOf(
      'Agenda item\n\nPartnership Review\n\nMinutes:\n\nThe Portfolio Holder introduced the report. Sara Quen, Community Safety Manager, then presented the findings of the review.\n\nIt was moved by Councillor A. Polg, seconded by Councillor R. Jory and AGREED that:\n\n(a)  the proposed merger of the two partnerships be supported;\n\n(b)  a report on the first year of the merged partnership be presented to the Committee in January 2026;\n\n(c)  the Community Safety Manager be asked to circulate the draft terms of reference to all Members.\n',
    );
    expect(item.resolution?.parts.map((part) => [part.label, part.kind])).toEqual([
      ['a', 'endorsed'],
      ['b', 'requested'],
      ['c', 'unclassified'],
    ]);
    expect(item.presentedBy).toEqual([{ name: 'Sara Quen', role: 'Community Safety Manager' }]);
  });
});

describe("an item page printing the minute's number, with its committee's prefix, at the head of the minute", () => {
  it('takes "* O&S 95" under "Minutes:" for the item\'s number and keeps it out of the minute', () => {
    const item = itemOf(
      'Agenda item\n\nCommunity Safety Partnership\n\nMinutes:\n\n* O&S 95\n\nThe Committee considered the annual report of the Partnership.\n\nRESOLVED: That the report be noted.\n',
    );
    expect([item.printedNumber, item.title, item.minute.paragraphs]).toEqual(['O&S 95', 'Community Safety Partnership', 1]);
  });
});
