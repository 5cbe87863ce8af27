/**
 * The forms of page other councils publish, written afresh for an invented Ashbury District
 * Council: headers, confirmations of earlier minutes, agenda-only pages, and pages that show a
 * single item, issue or decision.
 */
import { MinutesFormatError } from '../errors';
import { parseMinutes } from '../parse/parse-minutes';
import { planText } from '../testing/sample-minutes';

const body = (header: string, items = ITEMS) => `${header}\n\n${items}`;

const ITEMS = `Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies were received from Cllr. P. Grey.

2.

Minutes

Minutes:

The minutes of the meeting held on 3 October 2023, as circulated, were approved as a correct record and signed by the Chair.
`;

const refusal = (text: string) => {
  try {
    parseMinutes(text);
  } catch (error) {
    if (error instanceof MinutesFormatError) return error.code;
    throw error;
  }
  return undefined;
};

describe('headers', () => {
  it('reads an ordinal date with a comma, and a time written p.m.', () => {
    const plan = planText(
      body('Agenda and minutes\n\nLicensing Committee - Tuesday, 13th February, 2024 5.30 p.m.\n\nVenue: Council Chamber, Ashbury'),
      { bodyId: 'ashbury-lc' },
    );
    expect(plan.meeting).toMatchObject({
      date: '2024-02-13',
      startsAt: '2024-02-13T17:30:00+00:00',
      bodyNameAsPrinted: 'Licensing Committee',
    });
  });

  it("reads the body's name and the date on lines of their own", () => {
    const plan = planText(
      body(
        'Agenda and draft minutes\n\nAshbury Health and Wellbeing Board\n\nWednesday, 1st May, 2024 10.00 am\n\nVenue: Room 4, Civic Centre',
      ),
      { bodyId: 'ashbury-hwb' },
    );
    expect(plan.meeting).toMatchObject({
      date: '2024-05-01',
      startsAt: '2024-05-01T10:00:00+01:00',
      bodyNameAsPrinted: 'Ashbury Health and Wellbeing Board',
    });
  });

  it('reads the body\'s name on a line of its own above "Date:" and "Time:" fields', () => {
    const plan = planText(
      'Ashbury Safer Streets Partnership\n\nDate: Thursday, 10th July, 2025\nTime: 9.30 am\nVenue: Microsoft Teams\n\nMinutes\n\n' +
        '1. Welcome and Apologies\n\nApologies were received from Cllr. P. Grey.\n',
      { bodyId: 'ashbury-ssp' },
    );
    expect(plan.meeting).toMatchObject({
      date: '2025-07-10',
      startsAt: '2025-07-10T09:30:00+01:00',
      bodyNameAsPrinted: 'Ashbury Safer Streets Partnership',
    });
  });

  it('reads the time on a line of its own under the date, and the header lines after it', () => {
    const plan = planText(
      body(
        'Ashbury Fire Authority\n\nWednesday, 9th October, 2024\n\n10.30 am\n\nVenue: Lecture Theatre, Training Centre\n\nContact: Jo Pryce',
      ),
      { bodyId: 'ashbury-fa' },
    );
    expect(plan.meeting).toMatchObject({
      date: '2024-10-09',
      startsAt: '2024-10-09T10:30:00+01:00',
      location: { kind: 'venue', venue: 'Lecture Theatre, Training Centre' },
      contactOfficer: { name: 'Jo Pryce' },
    });
  });

  it('reads "Minutes of the meeting held on <date> <time>" as the heading, and "Agenda Item 1 / Minute 15" as both numbers', () => {
    const plan = planText(
      'Ashbury Safeguarding Executive\n\nMinutes of the meeting held on Monday, 9th September, 2024 9.30 am\n\nVenue: Microsoft Teams meeting\n\n' +
        'Agenda Item 1 / Minute 15\n\nWelcome and Apologies\n\nApologies were received from Dr R. Mensah.\n\n' +
        'Agenda Item 2 / Minute 16\n\nDeclarations of Interest\n\nThere were no declarations of interest.\n',
      { bodyId: 'ashbury-sce' },
    );
    expect(plan.meeting).toMatchObject({ date: '2024-09-09', startsAt: '2024-09-09T09:30:00+01:00' });
    expect(plan.items.map((item) => [item.agendaNumber ?? null, item.number, item.title])).toEqual([
      ['1', '15', 'Welcome and Apologies'],
      ['2', '16', 'Declarations of Interest'],
    ]);
  });

  it("keeps a council's and a committee's names above \"Date:\" fields in the header, not as a site's menus", () => {
    const plan = planText(
      'Ashbury County Council\n\nAdults Scrutiny Committee\n\nDate: Thursday, 16 January 2025\nTime: 10.00 am\nVenue: Committee Room 2\nContact: Toby Wren\n\nAgenda and minutes\n\n' +
        '45/24 Apologies for Absence\n\nNone.\n',
      { bodyId: 'ashbury-asc' },
    );
    expect(plan.meeting).toMatchObject({ date: '2025-01-16', contactOfficer: { name: 'Toby Wren' } });
  });

  it('reads "Held on Thursday 10 October 2024 at 2.00 pm" under the body\'s name', () => {
    const plan = planText(
      'Minutes\n\nAshbury Safety Board\nHeld on Thursday 10 October 2024 at 2.00 pm\nVenue: The Guildhall\n\nApologies for Absence.\n\nApologies were received from Cllr. P. Grey.\n',
      { bodyId: 'ashbury-sb' },
    );
    expect(plan.meeting).toMatchObject({ date: '2024-10-10', startsAt: '2024-10-10T14:00:00+01:00' });
  });

  it('keeps the "Present:" list above the items out of them, with a note', () => {
    const plan = planText(
      'Pensions Committee\n\nDate: Friday, 7th February, 2025\nTime: 10.30 am\n\nMinutes\n\nPresent: Councillor M. Hart (Chairman), Councillors K. Osei and J. Whit.\n\n' +
        '33. Declarations of Interest\n\nNone.\n\n34. Pension Fund Risk Register pdf icon PDF 98 KB\n\nRESOLVED: That the register be noted.\n',
      { bodyId: 'ashbury-pc' },
    );
    expect(plan.items.map((item) => item.title)).toEqual(['Declarations of Interest', 'Pension Fund Risk Register']);
    expect(plan.notes.map((note) => note.message)).toContain('the list of who attended is not recorded');
  });

  it('reads a title with a marker after its time, and stray lines before it', () => {
    const plan = planText(
      body(
        'Ashbury District Council\n\nAgenda and minutes\n\nPlanning Committee - Thursday, 4th July, 2024 6.00 pm, NEW\n\nVenue: The Pavilion',
      ),
      { bodyId: 'ashbury-pc' },
    );
    expect(plan.meeting).toMatchObject({ date: '2024-07-04', bodyNameAsPrinted: 'Planning Committee' });
  });

  it('refuses a page that is only an agenda, with its own code', () => {
    const agenda = body(
      'Agenda\n\nCabinet - Monday, 9th September, 2024 7.00 pm',
      'Items\nNo. Item\n\n1.\n\nApologies\n\nTo receive any apologies from Members.\n\n2.\n\nBudget Monitoring\n\nTo consider the report of the Finance Director.\n',
    );
    expect(refusal(agenda)).toBe('AGENDA_ONLY');
  });

  it('refuses an agenda listed under "Agenda:", each item numbered on its own line with its blurb', () => {
    const agenda = body(
      'Meeting documents\n\nCouncil\nTuesday, 14th May, 2024 6.00 pm\n\nVenue: Council Chamber',
      'Agenda:\n\n1. MAYOR - To elect a Mayor for the coming year.\n\n2. APOLOGIES FOR ABSENCE\n\n3. QUESTIONS FROM THE PUBLIC\n\nNone received\n\nClick here to download the minutes\n',
    );
    expect(refusal(agenda)).toBe('AGENDA_ONLY');
  });
});

describe('confirmations of earlier minutes', () => {
  const confirmedIn = (minute: string, header = 'Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm') =>
    planText(body(header, `Items\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\n${minute}\n`), {
      bodyId: 'ashbury-cabinet',
    }).previousMinutes.map((confirmation) => confirmation.previousMeetingHeldOn);

  it('reads a confirmation worded as a resolution', () => {
    expect(confirmedIn('RESOLVED: That the minutes of the meeting held on 9 December 2024 be confirmed as a correct record.')).toEqual([
      '2024-12-09',
    ]);
  });

  it('reads minutes "agreed as a true record"', () => {
    expect(confirmedIn('The minutes of the meeting held on 2 December 2024 were agreed as a true record.')).toEqual(['2024-12-02']);
  });

  it('takes the year of a date printed without one from the meeting', () => {
    expect(
      confirmedIn('The minutes of the meeting held on the 16th December were agreed as a correct record and signed by the Chair.'),
    ).toEqual(['2024-12-16']);
  });

  it('reads minutes confirmed by affirmation', () => {
    expect(confirmedIn('The minutes of the meeting held on 2 December 2024 were confirmed by affirmation of the meeting.')).toEqual([
      '2024-12-02',
    ]);
  });

  it('reads several sets of minutes confirmed in one sentence, and in two', () => {
    expect(
      confirmedIn('The minutes of the meetings held on 4 November 2024 and 2 December 2024 were approved as correct records.'),
    ).toEqual(['2024-11-04', '2024-12-02']);
    expect(
      confirmedIn(
        'The minutes of the meeting held on 4 November 2024 were approved as a correct record.\n\nThe minutes of the special meeting held on 20 November 2024 were approved as a correct record.',
      ),
    ).toEqual(['2024-11-04', '2024-11-20']);
  });

  it('reads minutes that "were approved" or "were agreed", without "as a correct record"', () => {
    expect(confirmedIn('The minutes of the meeting of the Cabinet held on 2nd December 2024 were approved.')).toEqual(['2024-12-02']);
    expect(confirmedIn('The Minutes from the 4th November and 2nd December were agreed.')).toEqual(['2024-11-04', '2024-12-02']);
  });

  it('does not read minutes that were not approved as confirmed', () => {
    expect(
      confirmedIn('The minutes of the meeting held on 2 December 2024 were not agreed as a correct record, as members disputed minute 6.'),
    ).toEqual([]);
  });

  it('gives a date printed without its year the year of the date printed after it', () => {
    expect(
      confirmedIn(
        'RESOLVED: that the minutes for the meetings held on 20th March and 2nd April 2023 be approved and signed as a correct record.',
      ),
    ).toEqual(['2023-03-20', '2023-04-02']);
    expect(
      confirmedIn(
        'RESOLVED: that the minutes for the meetings held on 16th December and 6th January 2025 be approved as a correct record.',
      ),
    ).toEqual(['2024-12-16', '2025-01-06']);
  });

  it('does not take an agenda\'s proposal, or an empty "Minutes:" section, for a confirmation', () => {
    expect(confirmedIn('To approve as a correct record the minutes of the meeting held on 2 December 2024.')).toEqual([]);
    expect(
      planText(
        body(
          'Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm',
          'Items\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\n2.\n\nAny other business\n\nMinutes:\n\nThere was none.\n',
        ),
        { bodyId: 'ashbury-cabinet' },
      ).previousMinutes,
    ).toEqual([]);
  });
});

describe('pages that show one item, issue or decision', () => {
  it('plans the item of an issue page, at the meeting it names, by its printed number', () => {
    const page = `Issue - meetings

Community Safety Plan Update

Meeting: 14/03/2024 - Ashbury Community Safety Partnership (Item 37)

37 Community Safety Plan Update pdf icon PDF 310 KB

Minutes:

The Partnership considered the annual update on the Community Safety Plan.

RESOLVED: That the update be noted.

Meeting: 12/10/2023 - Ashbury Community Safety Partnership (Item 21)

21 Community Safety Plan Update
`;
    const plan = planText(page, { bodyId: 'ashbury-csp' });
    expect(plan.meeting).toMatchObject({ date: '2024-03-14', bodyNameAsPrinted: 'Ashbury Community Safety Partnership' });
    expect(plan.items.map((item) => [item.number, item.title, item.resolution?.parts.map((part) => part.kind)])).toEqual([
      ['37', 'Community Safety Plan Update', ['noted']],
    ]);
    expect(plan.notes.map((note) => note.message)).toContain(
      "the page also shows this issue at the meeting of 12/10/2023; import that meeting's page for it",
    );
  });

  it('reads an issue page headed "Issue - items at meetings - <title>" and "Issue history"', () => {
    const plan = planText(
      'Issue - items at meetings - Deputy Commissioner: Confirmation Hearing on decisions\n\nIssue history\n\nMeeting: 20/06/2025 - Ashbury Police and Crime Panel (Item 6)\n\n6 Confirmation Hearing pdf icon PDF 188 KB\n\nMinutes:\n\nRESOLVED: That the Panel supports the appointment.\n',
      { bodyId: 'ashbury-pcp' },
    );
    expect(plan.meeting.date).toBe('2025-06-20');
    expect(plan.items.map((item) => [item.number, item.title])).toEqual([['6', 'Confirmation Hearing']]);
  });

  it('plans a decision record on its date', () => {
    const page = `Issue - decisions

Grants to Voluntary Groups

05/06/2024 - Grants to Voluntary Groups

The Committee considered the allocation of the small grants fund.

RESOLVED – That the allocations set out in the report be approved.
`;
    const plan = planText(page, { bodyId: 'ashbury-grants' });
    expect(plan.meeting.date).toBe('2024-06-05');
    expect(plan.items.map((item) => [item.title, item.resolution?.parts.map((part) => part.kind)])).toEqual([
      ['Grants to Voluntary Groups', ['approved']],
    ]);
  });

  it('plans an item page at the meeting its "Meeting:" line names, by the number printed there', () => {
    const page = `Agenda item

Town Centre Parking Review

Meeting: 11/02/2025 - Ashbury Cabinet (Item 87)

87 Town Centre Parking Review pdf icon PDF 412 KB

Minutes:

The Cabinet considered the review of parking charges.

RESOLVED: That the revised charges be approved.
`;
    const plan = planText(page, { bodyId: 'ashbury-cabinet' });
    expect(plan.meeting).toMatchObject({ date: '2025-02-11', bodyNameAsPrinted: 'Ashbury Cabinet' });
    expect(
      plan.items.map((item) => [item.number, item.title, item.report?.sizeKb, item.resolution?.parts.map((part) => part.kind)]),
    ).toEqual([['87', 'Town Centre Parking Review', 412, ['approved']]]);
  });

  it('reads a decision record\'s parts under "The Board RESOLVED:", and the interests its field declares as in the decision', () => {
    const page = `Decision details

Night Marshals Scheme - Extension

Decision Maker: Ashbury Safer Streets Board

Decision status: Recommendations Approved

Decision:

The Board RESOLVED:

(a) to approve the extension of the scheme until 31 October 2018;

(b) to allocate £38,500 from the Community Safety Fund to meet its cost;

(c) that an evaluation report be submitted to the Board in April 2018.

Interests and Nature of Interests Declared:

Councillor O. Price declared a non-registrable interest, as a relative holds a door supervisor licence.

Date of decision: 12/10/2017
`;
    const plan = planText(page, { bodyId: 'ashbury-ssb' });
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.label, part.kind])).toEqual([
      ['a', 'approved'],
      ['b', 'unclassified'],
      ['c', 'requested'],
    ]);
    expect(plan.declarations.map((declaration) => [declaration.member, declaration.concerningItemNumber])).toEqual([
      ['Councillor O. Price', plan.items[0]!.number],
    ]);
  });

  it('plans an item page, which gives no date, on the date passed', () => {
    const page =
      'Agenda item\n\nHousing Allocations Policy\n\nMinutes:\n\nThe Panel received the revised policy.\n\nResolved: That the revised policy be endorsed.\n';
    const plan = planText(page, { bodyId: 'ashbury-panel', date: '2024-09-18' });
    expect(plan.items.map((item) => [item.title, item.resolution?.parts.map((part) => part.kind)])).toEqual([
      ['Housing Allocations Policy', ['endorsed']],
    ]);
  });
});

describe('items numbered without a full stop, each number alone above its title', () => {
  const page = (numbers: readonly string[]) =>
    `Agenda and draft minutes\n\nAshbury Health and Wellbeing Board - Tuesday 9th July 2024 4.00 p.m.\n\nNo. Item\n\n${numbers[0]}\n\nElection of Vice-Chair\n\nIt was proposed by Councillor Tran, seconded by Sheila Munn (Healthwatch Ashbury), and AGREED that Dr Sam Oyel be elected Vice-Chair of the Board for 2024/25.\n\n${numbers[1]}\n\nMinutes of the Previous Meeting\n\nThe minutes of the meeting held on 26 March 2024 were confirmed as a correct record subject to the following corrections:\n\nMinute 41 (Needs Assessment), third paragraph: 'twelve pharmacies' to read 'fourteen pharmacies'.\n\n${numbers[2]}\n\nTerms of Reference\n\n(i) That the amended Terms of Reference at Appendix 1 be approved.\n\n(ii) That the Forward Plan be noted.\n`;

  it('reads "1", "2", "3" in order as the items\' numbers, and what each item decided without its labels', () => {
    const plan = planText(page(['1', '2', '3']), { bodyId: 'ashbury-hwb' });
    expect(
      plan.items.map((item) => [item.number, item.title, item.resolution?.parts.map((part) => [part.label ?? null, part.kind])]),
    ).toEqual([
      ['1', 'Election of Vice-Chair', [[null, 'elected']]],
      ['2', 'Minutes of the Previous Meeting', undefined],
      [
        '3',
        'Terms of Reference',
        [
          ['i', 'approved'],
          ['ii', 'noted'],
        ],
      ],
    ]);
    expect(plan.previousMinutes[0]?.corrections).toEqual([
      { itemNumber: '41', paragraph: 3, correctedText: 'fourteen pharmacies', replacedText: 'twelve pharmacies' },
    ]);
  });

  it('does not take digits alone on their lines for numbers when they do not run 1, 2, 3', () => {
    expect(planText(page(['1', '9', '3']), { bodyId: 'ashbury-hwb' }).items.map((item) => item.number)).not.toEqual(['1', '9', '3']);
  });
});

describe('an unnumbered page\'s agenda line naming who will present, "X, Role, to present."', () => {
  it('is no title of an item of its own', () => {
    const plan = planText(
      'Agenda and minutes\n\nAshbury Community Safety Partnership - Wednesday, 9th October, 2024 2.00 pm\n\nItems\n\nServe Violence Needs Assessment. pdf icon PDF 1.5 MB\n\nInspector Rob Hall, Neighbourhood Policing Team, to present.\n\nInspector Rob Hall gave a presentation on the needs assessment.\n\nRESOLVED: That the presentation be noted.\n\nDate of next meeting.\n\nIt was agreed that the next meeting be held on 8 January 2025 at 2.00 pm.\n',
      { bodyId: 'ashbury-csp' },
    );
    expect(plan.items.map((item) => item.title)).toEqual(['Serve Violence Needs Assessment', 'Date of next meeting']);
  });
});

describe('a resolution whose label was lost in a flattened table', () => {
  it('is read from its numbered parts, each label alone in its cell above the words, when the first is worded as a resolution', () => {
    const page = [
      'Report of the Director of Resources',
      'Additional documents:',
      'The Committee considered the annual report of the Committee and its work programme.',
      'Members thanked the officers for their work during the year.',
      '(1) |',
      'the annual report of the Committee, as set out in Appendix 1 to the report, be approved and referred to Council;',
      '(2) |',
      'the work programme for 2024/25 be noted; and',
      '(3) |',
      'the officers be thanked for their work. |',
    ].join('\n');
    const item = planText(page, { bodyId: 'ashbury-audit', date: '2024-06-20' }).items[0]!;
    expect(item.resolution?.parts.map((part) => [part.label, part.kind, part.text])).toEqual([
      ['1', 'approved', 'the annual report of the Committee, as set out in Appendix 1 to the report, be approved and referred to Council;'],
      ['2', 'noted', 'the work programme for 2024/25 be noted; and'],
      ['3', 'unclassified', 'the officers be thanked for their work.'],
    ]);
  });

  it('is not read from numbered points of discussion, whose "be" is not bare', () => {
    const page = [
      'Report of the Director of Resources',
      'Additional documents:',
      'Members raised the following points:',
      '(1) |',
      'the figures could be noted at a later meeting;',
      '(2) |',
      'the plan would be approved by Council in July. |',
    ].join('\n');
    expect(planText(page, { bodyId: 'ashbury-audit', date: '2024-06-20' }).items[0]!.resolution).toBeUndefined();
  });
});

describe('decision wording', () => {
  const partsOf = (resolution: string, title = 'Appointment of Chairman') =>
    planText(
      `Agenda and minutes\n\nCabinet - Monday, 13th May, 2024 7.00 pm\n\nItems\nNo. Item\n\n1.\n\n${title}\n\nMinutes:\n\n${resolution}\n`,
      { bodyId: 'ashbury-cabinet' },
    ).items[0]!.resolution?.parts.map((part) => [part.kind, part.effects.map((effect) => effect.effect)]);

  it('reads "be appointed as Chairman" and "be nominated as Vice-Chairman" as elections', () => {
    expect(partsOf('RESOLVED: That Cllr. K. Osei be appointed as Chairman for 2024/25.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Cllr. K. Osei' }]],
    ]);
    expect(partsOf('RESOLVED: That Cllr. B. Lowe be nominated as Vice-Chairman for 2024/25.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'deputy-chair', term: '2024/25', holder: 'Cllr. B. Lowe' }]],
    ]);
  });

  it('reads an appointment wrapped in "it be noted that" as the election it is', () => {
    expect(partsOf('RESOLVED: That it be noted that Cllr. K. Osei is appointed Chair for 2024/25.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Cllr. K. Osei' }]],
    ]);
  });

  it('reads an election told in prose after the nomination and its seconder', () => {
    expect(
      partsOf(
        'Cllr. A. Hale nominated Cllr. K. Osei to serve as Chair for the coming year. Cllr. B. Lowe seconded the nomination. There were no other nominations and Cllr. K. Osei was elected unanimously as Chair for 2024/25.',
      ),
    ).toEqual([['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Cllr. K. Osei' }]]]);
  });

  it('does not read a nomination that was not followed by an election', () => {
    expect(
      partsOf('Cllr. A. Hale nominated Cllr. K. Osei to serve as Chair for 2024/25. Cllr. B. Lowe seconded the nomination.'),
    ).toBeUndefined();
  });

  it('reads an election told in prose', () => {
    expect(partsOf('There being no other nominations, Cllr. K. Osei was appointed Chairman for 2024/25.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Cllr. K. Osei' }]],
    ]);
  });

  it('records an appointment to another role as agreed, with no office invented', () => {
    expect(partsOf("RESOLVED: That Cllr. R. Dunne be appointed as the Partnership's Armed Forces Champion.", 'Appointments')).toEqual([
      ['agreed', []],
    ]);
  });

  it('holds back no adoption of terms of reference approved only for submission to the Council', () => {
    const plan = planText(
      'Agenda and minutes\n\nCabinet - Monday, 13th May, 2024 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nTerms of Reference\n\nMinutes:\n\nRESOLVED: That the terms of reference be approved for submission to the Council on 21 May 2024.\n',
      { bodyId: 'ashbury-cabinet' },
    );
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.kind, part.effects.length])).toEqual([['approved', 0]]);
  });

  it('raises no follow-up for a report sent to another body, only for one that comes back to this one', () => {
    expect(partsOf('RESOLVED: That a report on the revised budget be submitted to Council in February 2025.', 'Budget')).toEqual([
      ['unclassified', []],
    ]);
    expect(
      partsOf('RESOLVED: That a further report be brought to the Overview and Scrutiny Committee at its next meeting.', 'Parking'),
    ).toEqual([['unclassified', []]]);
    expect(partsOf('RESOLVED: That a further report on the charges be brought back to Cabinet in September 2024.', 'Parking')).toEqual([
      [
        'requested',
        [{ kind: 'request-follow-up', request: 'report', subject: 'The charges', due: { kind: 'meeting-in-month', month: '2024-09' } }],
      ],
    ]);
  });

  it('reads meeting dates whose clauses each print their own time, and "That the Committee meet at … on …"', () => {
    expect(
      partsOf(
        'RESOLVED: That ordinary meetings of the Cabinet be held at 7.00 pm on 10 June 2024 and 9 September 2024, and that the budget meeting be held at 6.00 pm on 10 February 2025.',
        'Dates of Meetings',
      ),
    ).toEqual([
      [
        'agreed',
        [
          {
            kind: 'set-future-meeting-dates',
            startTimes: ['2024-06-10T19:00:00+01:00', '2024-09-09T19:00:00+01:00', '2025-02-10T18:00:00+00:00'],
          },
        ],
      ],
    ]);
    expect(
      partsOf('RESOLVED – That the Cabinet meet at 10.00 am on 8 July 2024 and at 2.00 pm on 7 October 2024.', 'Dates of Meetings'),
    ).toEqual([['agreed', [{ kind: 'set-future-meeting-dates', startTimes: ['2024-07-08T10:00:00+01:00', '2024-10-07T14:00:00+01:00'] }]]]);
    // How often a body meets sets no dates.
    expect(partsOf('RESOLVED: That the Cabinet meet at least six times a year.', 'Frequency of Meetings')).toEqual([['unclassified', []]]);
  });

  it("reads a report back to Council on the Council's own page as coming back to it", () => {
    const plan = planText(
      'Agenda and minutes\n\nCouncil - Wednesday, 15th May, 2024 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nLeisure Trust\n\nMinutes:\n\nRESOLVED: That the Head of Finance report back to Council in January 2025 on the performance of the Trust.\n',
      { bodyId: 'ashbury-council' },
    );
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.kind, part.effects.map((effect) => effect.effect)])).toEqual([
      ['requested', [expect.objectContaining({ kind: 'request-follow-up', due: { kind: 'meeting-in-month', month: '2025-01' } })]],
    ]);
  });

  it('reads "RESOLVED to elect …", "RESOLVED to note …" and "to ask X to submit a report … in October 2024"', () => {
    expect(partsOf('RESOLVED to elect Mrs Ann Pryce as Chairperson of the Committee for 2024/25.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Mrs Ann Pryce' }]],
    ]);
    expect(partsOf("RESOLVED to note the Committee's terms of reference.", 'Terms of Reference')).toEqual([['noted', []]]);
    expect(
      partsOf(
        'RESOLVED:\n\n(a) to approve the annual report;\n\n(b) to ask the Monitoring Officer to submit a report on training to the Committee in October 2024.',
        'Annual Report',
      ),
    ).toEqual([
      ['approved', []],
      ['requested', [expect.objectContaining({ kind: 'request-follow-up', due: { kind: 'meeting-in-month', month: '2024-10' } })]],
    ]);
  });

  it('reads business "brought back to the Cabinet" as a request for it to come back as an item', () => {
    expect(
      partsOf('RESOLVED: That the final assessment be brought back to the Cabinet in September 2024 for sign-off.', 'Assessment'),
    ).toEqual([
      [
        'requested',
        [
          {
            kind: 'request-follow-up',
            request: 'agenda-item',
            subject: 'The final assessment',
            due: { kind: 'meeting-in-month', month: '2024-09' },
          },
        ],
      ],
    ]);
  });

  it('reads dates "on the following dates" listed below, each with its time and a note, and approval "subject to:" a list', () => {
    expect(
      partsOf(
        'RESOLVED: That the Cabinet meet on the following dates, at the Guildhall unless otherwise notified:\n\nThursday 19 September 2024 at 10.30 am\n\nThursday 6 February 2025 at 10.30 am (budget meeting)\n\nMonday 17 February 2025 at 2.00 pm (reserve meeting)',
        'Dates of Meetings',
      ),
    ).toEqual([
      [
        'agreed',
        [
          {
            kind: 'set-future-meeting-dates',
            startTimes: ['2024-09-19T10:30:00+01:00', '2025-02-06T10:30:00+00:00', '2025-02-17T14:00:00+00:00'],
          },
        ],
      ],
    ]);
    expect(
      partsOf(
        'RESOLVED: That the work programme be approved, subject to:\n\n(a) the addition of a review of bus services.',
        'Work Programme',
      ),
    ).toEqual([['approved-subject-to-amendment', []]]);
  });

  it('reads parts printed on one line after their labels, "RESOLVED - (1) That … (2) That …"', () => {
    expect(
      partsOf(
        'RESOLVED - (1) That the work programme be approved. (2) That the Leader be asked to report on the strategy to the Cabinet in November 2024.',
        'Work Programme',
      ),
    ).toEqual([
      ['approved', []],
      ['requested', [expect.objectContaining({ kind: 'request-follow-up', due: { kind: 'meeting-in-month', month: '2024-11' } })]],
    ]);
  });

  it('reads a municipal year printed with a hyphen, "for the 2024-25 municipal year"', () => {
    expect(partsOf('RESOLVED – that Councillor Elin Rhys be appointed Chair of the Cabinet for the 2024-25 municipal year.')).toEqual([
      ['elected', [{ kind: 'elect-officeholder', office: 'chair', term: '2024/25', holder: 'Councillor Elin Rhys' }]],
    ]);
  });

  it('reads someone asked or invited to present something again as a request for a presentation, unless to their own boards', () => {
    expect(
      partsOf(
        'RESOLVED: That Dr Lo Geth be invited to present the full assessment to a future meeting of the Cabinet.',
        'Violence Needs Assessment',
      ),
    ).toEqual([
      ['requested', [expect.objectContaining({ kind: 'request-follow-up', request: 'presentation', due: { kind: 'a-future-meeting' } })]],
    ]);
    expect(
      partsOf(
        'RESOLVED: That partner agencies be asked to present the Annual Report to their own boards before the end of the year.',
        'Annual Report',
      ),
    ).toEqual([['unclassified', []]]);
  });

  it('reads meeting dates "of the Cabinet for the remainder of the municipal year be held at …"', () => {
    expect(
      partsOf(
        'RESOLVED that ordinary meetings of the Cabinet for the remainder of the municipal year be held at 2.00 pm on 4 July 2024 and 26 September 2024.',
        'Dates of Meetings',
      ),
    ).toEqual([['agreed', [{ kind: 'set-future-meeting-dates', startTimes: ['2024-07-04T14:00:00+01:00', '2024-09-26T14:00:00+01:00'] }]]]);
  });

  it('reads "notes the report"', () => {
    expect(partsOf('RESOLVED: That the Cabinet notes the report.', 'Budget Monitoring')).toEqual([['noted', []]]);
  });
});

describe('corrections of earlier minutes', () => {
  const confirmingPlan = (minute: string) =>
    planText(
      `Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\n${minute}\n`,
      { bodyId: 'ashbury-cabinet' },
    ).previousMinutes;

  it('keeps the paragraph a correction names, "Minute 9, paragraph 3"', () => {
    const [confirmation] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were approved as a correct record, subject to Minute 9, paragraph 3 being amended to read "six households" rather than "sixteen households".',
    );
    expect(confirmation?.corrections).toEqual([
      { itemNumber: '9', paragraph: 3, correctedText: 'six households', replacedText: 'sixteen households' },
    ]);
  });

  it("keeps the paragraph named after the minute's title in brackets, or counted in words", () => {
    const [afterTitle] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were agreed as a correct record subject to Item No. 4 (Mill Lane Bridge), paragraph 6 being amended to read "closed in winter" rather than "closed in summer".',
    );
    expect(afterTitle?.corrections).toEqual([
      { itemNumber: '4', paragraph: 6, correctedText: 'closed in winter', replacedText: 'closed in summer' },
    ]);
    const [counted] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were approved as a correct record, subject to Minute no. 88/24 being amended to read "arboricultural" instead of "agricultural" in the second paragraph of that item.',
    );
    expect(counted?.corrections).toEqual([
      { itemNumber: '88/24', paragraph: 2, correctedText: 'arboricultural', replacedText: 'agricultural' },
    ]);
  });

  it('reads an amendment stated above the confirmation that refers back to it, and words a correction adds', () => {
    const [confirmation] = confirmingPlan(
      [
        'Consideration was given to the minutes of the meeting held on 9 December 2024.',
        'The following additional wording to minute number 41 – Town Centre Patrols, was proposed and agreed:',
        "'Members asked that the patrol figures be broken down by ward.'",
        'By affirmation of the meeting it was',
        'The minutes of the meeting held on 9 December 2024 be approved as a correct record subject to the amendment as detailed above.',
      ].join('\n\n'),
    );
    expect(confirmation?.previousMeetingHeldOn).toBe('2024-12-09');
    expect(confirmation?.corrections).toEqual([
      { itemNumber: '41', correctedText: 'Members asked that the patrol figures be broken down by ward' },
    ]);
    const [inclusion] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were agreed as a correct record subject to the inclusion of the following wording in Item No. 5 (Riverside Path), paragraph 2: "the path would reopen in the spring".',
    );
    expect(inclusion?.corrections).toEqual([{ itemNumber: '5', paragraph: 2, correctedText: 'the path would reopen in the spring' }]);
  });

  it('gives minutes dated without a year the year the agenda prints for that day, though a year without meetings passed', () => {
    const plan = planText(
      `Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\nTo agree the minutes of the meeting held on 21st February 2023.\n\nMinutes:\n\nThe minutes of the meeting held on the 21st February were agreed as a correct record.\n`,
      { bodyId: 'ashbury-cabinet' },
    );
    expect(plan.previousMinutes.map((confirmation) => confirmation.previousMeetingHeldOn)).toEqual(['2023-02-21']);
  });

  it('reads corrections naming the paragraph before the minute, a point after it, and a word deleted', () => {
    const [before] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were signed as a true record, subject to correcting paragraph 3 of minute 12, so that "Councillor Ann Vale" reads "Councillor Ann Vale-Jones".',
    );
    expect(before?.corrections).toEqual([
      { itemNumber: '12', paragraph: 3, correctedText: 'Councillor Ann Vale-Jones', replacedText: 'Councillor Ann Vale' },
    ]);
    const [point] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were agreed as a correct record, subject to the following amendments:\n\nMinute 31/24, point (ii): "Chief Constable" to read "Deputy Chief Constable".',
    );
    expect(point?.corrections).toEqual([
      { itemNumber: '31/24', point: 'ii', correctedText: 'Deputy Chief Constable', replacedText: 'Chief Constable' },
    ]);
    const [deleted] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were approved as a correct record, subject to the word "unanimously" being deleted from the resolution at minute 52.',
    );
    expect(deleted?.corrections).toEqual([
      { itemNumber: '52', correctedText: 'The word "unanimously" being deleted from the resolution.' },
    ]);
  });

  it('reads corrections listed as bullets, or as numbered points under a part of the resolution', () => {
    const [bulleted] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were confirmed as a correct record, subject to the following corrections:\n\u00b7 Minute 44, paragraph 2: the words "noted the plan" to be replaced by "endorsed the plan".\n\u00b7 Minute 47(iii): "eleven practices" to read "seven practices".',
    );
    expect(
      bulleted?.corrections.map((correction) => [
        correction.itemNumber,
        correction.paragraph ?? correction.point,
        correction.correctedText,
      ]),
    ).toEqual([
      ['44', 2, 'endorsed the plan'],
      ['47', 'iii', 'seven practices'],
    ]);
    const [underAPart] = confirmingPlan(
      'RESOLVED:\n\n(a) That the minutes of the meeting held on 9 December 2024 be confirmed as a correct record, subject to the following corrections:\n\n(i) Minute 41, paragraph 3: delete "the Commissioner agreed" and insert "the Deputy Commissioner agreed";\n\n(ii) Minute 44(ii): "twelve officers" should read "twenty officers".\n\n(b) That the minutes of the special meeting held on 6 January 2025 be confirmed as a correct record.',
    );
    expect(underAPart?.corrections.map((correction) => [correction.itemNumber, correction.correctedText])).toEqual([
      ['41', 'the Deputy Commissioner agreed'],
      ['44', 'twenty officers'],
    ]);
  });

  it('gives each of two sets of minutes the amendments listed for it, "subject to: (a) in the minutes of 11 March … (b) …"', () => {
    const confirmations = confirmingPlan(
      'RESOLVED: That the minutes of the meetings held on 11 November and 2 December 2024 be approved as correct records, subject to:\n\n(a) in the minutes of 11 November, minute OS52/24, paragraph 3, "£4.1m" being replaced with "£4.7m"; and\n\n(b) the minutes of 2 December being amended to show that Councillor Nia Rudd sent apologies and was not present.',
    );
    expect(
      confirmations.map((confirmation) => [
        confirmation.previousMeetingHeldOn,
        confirmation.corrections,
        confirmation.attendanceCorrections,
      ]),
    ).toEqual([
      ['2024-11-11', [{ itemNumber: 'OS52/24', paragraph: 3, correctedText: '£4.7m', replacedText: '£4.1m' }], undefined],
      ['2024-12-02', [], ['The minutes of 2 December being amended to show that Councillor Nia Rudd sent apologies and was not present.']],
    ]);
  });

  it('records no confirmation whose listed amendments it reads only some of', () => {
    const confirmations = confirmingPlan(
      'The minutes of the meetings held on 11 November and 2 December 2024 were approved as correct records, subject to the following:\n\n(a) Minute 27 of the 11 November meeting - in the third paragraph, delete "a rise of 6%" and insert "a rise of 4%".\n\n(b) Minutes of the 2 December meeting - the vote on the budget to be recorded as unanimous.',
    );
    expect(confirmations).toEqual([]);
  });

  it('reads the third paragraph named after the minute, a word inserted, and minutes confirmed without a date under a title that gives one', () => {
    const [inserted] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were agreed as a correct record, subject to the insertion of the word "not" before "supported" in the second paragraph of minute 88.',
    );
    expect(inserted?.corrections).toEqual([
      { itemNumber: '88', paragraph: 2, correctedText: 'The insertion of the word "not" before "supported" in the second paragraph.' },
    ]);
    const [undated] = planText(
      'Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nMinutes of the meeting held on 9 December 2024\n\nMinutes:\n\n1.1 The minutes were confirmed as a correct record, subject to the addition of Councillor Bev Oko to the list of those present.\n',
      { bodyId: 'ashbury-cabinet' },
    ).previousMinutes;
    expect([undated?.previousMeetingHeldOn, undated?.attendanceCorrections]).toEqual([
      '2024-12-09',
      ['Addition of Councillor Bev Oko to the list of those present.'],
    ]);
  });

  it('gives "the former" or "the latter" of two sets of minutes the correction it names so', () => {
    const confirmations = confirmingPlan(
      'The minutes of the meeting held on 25 November 2024 and of the extraordinary meeting held on 9 December 2024 were approved as correct records, the former subject to the name of Councillor Hil Stott being added to the list of Members who had sent apologies.',
    );
    expect(
      confirmations.map((confirmation) => [confirmation.previousMeetingHeldOn, confirmation.attendanceCorrections?.length ?? 0]),
    ).toEqual([
      ['2024-11-25', 1],
      ['2024-12-09', 0],
    ]);
  });

  it('reads which of two sets of minutes confirmed together a correction amends, by the date or month it names', () => {
    const confirmations = confirmingPlan(
      'The minutes of the meetings held on 26th November 2024 and 9th December 2024 were confirmed as correct records, subject to Minute 9 of the 26th November minutes being amended to read "the Section 151 Officer" instead of "the Monitoring Officer".',
    );
    expect(confirmations.map((confirmation) => [confirmation.previousMeetingHeldOn, confirmation.corrections.length])).toEqual([
      ['2024-11-26', 1],
      ['2024-12-09', 0],
    ]);
    const byMonth = confirmingPlan(
      'The minutes of the meeting held on 6 November 2024 and of the special meeting held on 3 December 2024 were confirmed as correct records, subject to Minute PCP/31/24 of the December meeting being amended to read "£14.12" rather than "£41.12".',
    );
    expect(byMonth.map((confirmation) => [confirmation.previousMeetingHeldOn, confirmation.corrections.map((c) => c.itemNumber)])).toEqual([
      ['2024-11-06', []],
      ['2024-12-03', ['PCP/31/24']],
    ]);
    const inALaterSentence = confirmingPlan(
      'The minutes of the meetings held on 26 November 2024 and 9 December 2024 were confirmed as correct records. It was noted that in the minutes of 26 November 2024, minute 24, paragraph 2 should read "four networks" and not "five networks".',
    );
    expect(inALaterSentence.map((confirmation) => [confirmation.previousMeetingHeldOn, confirmation.corrections])).toEqual([
      ['2024-11-26', [{ itemNumber: '24', paragraph: 2, correctedText: 'four networks', replacedText: 'five networks' }]],
      ['2024-12-09', []],
    ]);
  });

  it('names the minute as printed with its year, "Minute no. 116/24"', () => {
    const [confirmation] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were approved as a correct record, subject to Minute no. 116/24 being amended to read "arboricultural" instead of "agricultural".',
    );
    expect(confirmation?.corrections.map((correction) => correction.itemNumber)).toEqual(['116/24']);
  });

  it('keeps the words a correction replaces, quoted or not, beside what they should read', () => {
    expect(
      confirmingPlan(
        'The minutes of the meeting held on 9 December 2024 were agreed as a correct record, subject to minute 12 being amended so that “Millbrook Road” should read “Millbank Road”.',
      ),
    ).toEqual([
      expect.objectContaining({ corrections: [{ itemNumber: '12', replacedText: 'Millbrook Road', correctedText: 'Millbank Road' }] }),
    ]);
    expect(
      confirmingPlan(
        'The minutes of the meeting held on 9 December 2024 were approved as a correct record, subject to the replacement of horticultural with agricultural in minute 15.',
      ),
    ).toEqual([
      expect.objectContaining({ corrections: [{ itemNumber: '15', replacedText: 'horticultural', correctedText: 'agricultural' }] }),
    ]);
  });

  it('reads corrections listed on the lines after "subject to the following changes", each under the item it names', () => {
    expect(
      confirmingPlan(
        'That the minutes of the meeting held on 9 December 2024 be agreed as a correct record, subject to the following changes:\n\nIn item 6, that “the Eastgate depot” be amended to “the Westgate depot”.\n\nIn item 9, to add that the Leader would write to the bus operator about the Sunday timetable.',
      ),
    ).toEqual([
      expect.objectContaining({
        previousMeetingHeldOn: '2024-12-09',
        corrections: [
          { itemNumber: '6', replacedText: 'the Eastgate depot', correctedText: 'the Westgate depot' },
          { itemNumber: '9', correctedText: 'To add that the Leader would write to the bus operator about the Sunday timetable.' },
        ],
      }),
    ]);
  });

  it('records an amendment of the attendance list as such, not as a correction of a minute', () => {
    expect(
      confirmingPlan(
        'The minutes of the meeting held on 9 December 2024 were confirmed as a correct record, subject to Councillor R. Ames being added to the list of those present.',
      ),
    ).toEqual([
      expect.objectContaining({ corrections: [], attendanceCorrections: ['Councillor R. Ames being added to the list of those present.'] }),
    ]);
    expect(
      confirmingPlan(
        'The Cabinet approved the minutes of its meeting of 9 December 2024 as a correct record, subject to the following amendments.\n\n(a) Attendance\n\nThat Councillor T. Osei be recorded as present, and not among those who sent apologies.\n\n(b) Minute 7: School places\n\nThat “eleven schools” should read “twelve schools”.',
      ),
    ).toEqual([
      expect.objectContaining({
        corrections: [{ itemNumber: '7', replacedText: 'eleven schools', correctedText: 'twelve schools' }],
        attendanceCorrections: ['Councillor T. Osei be recorded as present, and not among those who sent apologies.'],
      }),
    ]);
  });

  it('does not record a confirmation whose corrections it cannot place, and keeps them as text', () => {
    const plan = planText(
      'Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\nThe minutes of the meeting held on 9 December 2024 were confirmed as a correct record, subject to the correction of a spelling on page 4.\n',
      { bodyId: 'ashbury-cabinet' },
    );
    expect(plan.previousMinutes).toEqual([]);
    expect(plan.unclassified).toEqual([expect.objectContaining({ text: expect.stringContaining('spelling on page 4') })]);
  });

  it('reads a correction that names the date of the minutes again, "minute 8(ii) of 9 December 2024 being amended to read"', () => {
    const [confirmation] = confirmingPlan(
      'The minutes of the meeting held on 9 December 2024 were confirmed as a correct record, subject to minute 8(ii) of 9 December 2024 being amended to read "the Board requested a briefing on dental access".',
    );
    expect(confirmation?.corrections).toEqual([
      expect.objectContaining({ itemNumber: '8', point: 'ii', correctedText: 'The Board requested a briefing on dental access.' }),
    ]);
  });

  it('reads the corrected text quoted on the lines after "so that it reads:"', () => {
    const plan = planText(
      `Agenda and minutes\n\nCabinet - Monday, 13th January, 2025 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\nThe minutes of the meeting held on 9 December 2024 were confirmed as a correct record subject to minute 14 being amended so that it reads:\n\n"The Cabinet agreed to consult on the draft parking strategy until 31 January."\n`,
      { bodyId: 'ashbury-cabinet' },
    );
    expect(plan.previousMinutes).toEqual([
      expect.objectContaining({
        previousMeetingHeldOn: '2024-12-09',
        corrections: [{ itemNumber: '14', correctedText: 'The Cabinet agreed to consult on the draft parking strategy until 31 January.' }],
      }),
    ]);
  });
});

describe('resolutions in parts numbered otherwise than by letters', () => {
  const page = `Minutes\n\nAshbury Community Safety Partnership - Thursday, 6th March, 2025 2.00 pm\n\nItems\nNo. Item\n\n1.\n\nStreet Drinking\n\nMinutes:\n\nThe Partnership considered a report on street drinking.\n\nRESOLVED:\n\n(i) That the report be noted;\n\n(ii) That a further report on enforcement be brought to a future meeting.\n\n2.\n\nCommunity Grants\n\nMinutes:\n\nRESOLVED: 1. That the grants listed in the report be approved.\n\n2. That the report be noted.\n`;

  it('records every part under the label printed, (i), (ii) … or 1, 2 …', () => {
    const plan = planText(page, { bodyId: 'ashbury-csp' });
    const parts = (number: string) =>
      plan.items.find((item) => item.number === number)?.resolution?.parts.map((part) => [part.label, part.kind, part.recorded]);
    expect(parts('1')).toEqual([
      ['i', 'noted', true],
      ['ii', 'requested', true],
    ]);
    expect(parts('2')).toEqual([
      ['1', 'approved', true],
      ['2', 'noted', true],
    ]);
    expect(plan.unclassified).toEqual([]);
  });
});

describe('agenda blurbs under a title', () => {
  const items = `Apologies for Absence\n\nThe Chairman to report apologies for absence.\n\nMinutes:\n\nApologies were received from Cllr. P. Grey.\n\nHousing Standards Update\n\nPaper to follow.\n\nMinutes:\n\nThe Partnership received an update on housing standards.\n\nRESOLVED: That the update be noted.\n\nNight-time Economy\n\n(Report of the Director of Place)\n\nPresenter: Jo Kettering, Head of Licensing\n\nMinutes:\n\nThe Partnership considered the report.\n\nRESOLVED: That the report be noted.\n`;
  const header = 'Minutes\n\nAshbury Community Safety Partnership - Thursday, 6th March, 2025 2.00 pm';

  it('are not taken for titles of items of their own, on a page whose items are not numbered', () => {
    const plan = planText(`${header}\n\n${items}`, { bodyId: 'ashbury-csp' });
    expect(plan.items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Housing Standards Update', 'Night-time Economy']);
  });

  it('give the presenter the agenda lists', () => {
    const plan = planText(`${header}\n\n${items}`, { bodyId: 'ashbury-csp' });
    expect(plan.items[2]?.presenter).toEqual({ name: 'Jo Kettering', role: 'Head of Licensing' });
  });
});

describe('an items table flattened into rows', () => {
  it("reads each row as an item: its title, the agenda's blurb, and the minute", () => {
    const page = `Agenda and minutes

Council - Tuesday, 12th November, 2024 6.30 p.m.

Venue: Council Chamber, Ashbury

No. | Item |
---|---|
Disclosures of Interests from Members To receive disclosures of interests from Members. Minutes: No disclosures were received. |
|
To approve the minutes of the meeting held on 24 September 2024. Minutes: The minutes of the meeting held on 24 September 2024 were approved as a correct record. |
|
Mayor's Announcements Minutes: The Mayor reported on the civic events she had attended. |
`;
    const plan = planText(page, { bodyId: 'ashbury-council' });
    expect(plan.items.map((item) => [item.number, item.title, item.titlePrinted, item.kind])).toEqual([
      ['1', 'Disclosures of Interests from Members', true, 'declarations-of-interest'],
      ['2', 'Untitled item', false, 'minutes-of-previous-meeting'],
      ['3', "Mayor's Announcements", true, 'report'],
    ]);
    expect(plan.noDeclarations?.itemNumber).toBe('1');
    expect(plan.previousMinutes.map((confirmation) => [confirmation.previousMeetingHeldOn, confirmation.lines])).toEqual([
      ['2024-09-24', { from: 11, to: 11 }],
    ]);
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});

describe("a flattened table's row holding a sentence broken at the column's width", () => {
  it('keeps the rest of the row after the broken sentence', () => {
    const page = `Agenda and minutes

Council - Tuesday, 12th November, 2024 6.30 p.m.

No. | Item |
---|---|
Mayor's Announcements Minutes: The Mayor reported on the civic events she had attended, among them the
opening of the new library in the market square.
She thanked the staff of the Town Hall for their work. |
`;
    const plan = planText(page, { bodyId: 'ashbury-council' });
    expect(plan.items.map((item) => [item.title, item.minute.paragraphs])).toEqual([["Mayor's Announcements", 2]]);
  });
});

describe('a flattened table whose rows follow one another with no border between them', () => {
  it('starts a row where a line opens with a title and its "Minutes:" label, and ends one at a cell\'s closing "|"', () => {
    const page = `Contact: Nell Harper Democratic Services Officer

No. | Item |
Apologies for Absence Minutes: Apologies were received from Cllr Joan Tate.
Chairman's Announcements Minutes: The Chairman announced that the March meeting had moved to 12 March.
The Panel agreed to invite the fire service to its next meeting. |
Public Questions The Panel welcomes questions from members of the public.
`;
    const plan = planText(page, { bodyId: 'westmere-pcp', date: '2024-02-06' });
    expect(plan.items.map((item) => [item.title, item.minute.paragraphs])).toEqual([
      ['Apologies for Absence', 1],
      ["Chairman's Announcements", 2],
    ]);
  });
});

describe('a flattened row whose "Minutes:" label comes on its second line', () => {
  it("takes the title up to the paper's marker, the agenda's words after it, and the minute after the label", () => {
    const page = `Agenda and minutes

Planning Committee - Thursday, 11th July, 2024 6.00 pm

No. | Item |
---|---|
Apologies Minutes: There were no apologies. |
|
Application No WM/24/0117 - Land off Mill Lane, Eastbrook PDF 210 KB Outline application for twelve homes and a play area
To consider the attached report of the Head of Planning. Additional documents: Minutes:
The Committee heard from the applicant's agent and from a neighbour who spoke against the scheme. |
`;
    const plan = planText(page, { bodyId: 'westmere-planning' });
    expect(plan.items.map((item) => [item.title, item.report?.sizeKb, item.minute.paragraphs])).toEqual([
      ['Apologies', undefined, 1],
      ['Application No WM/24/0117 - Land off Mill Lane, Eastbrook', 210, 1],
    ]);
  });
});

describe('a heading lost from the page', () => {
  it('does not attach a second resolution to the item before it, nor take an effect from it', () => {
    const page = `Agenda and minutes

Cabinet - Monday, 13th May, 2024 7.00 pm

Items
No. Item

1.

Budget Monitoring

Minutes:

The Cabinet considered the budget monitoring report.

RESOLVED: That the report be noted.

The Cabinet considered the admission of Eastholme Parish Council to the partnership.

RESOLVED: That Eastholme Parish Council be admitted as a member of the Partnership.
`;
    const plan = planText(page, { bodyId: 'ashbury-cabinet' });
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.kind, part.effects.length])).toEqual([['noted', 0]]);
    expect(plan.effects).toEqual([]);
    expect(plan.unclassified).toEqual([
      expect.objectContaining({
        itemNumber: '1',
        text: 'RESOLVED: That Eastholme Parish Council be admitted as a member of the Partnership.',
        keptAsMinuteText: true,
      }),
    ]);
  });
});

describe('a decision details page', () => {
  it('plans the decision as its one item, with its title, on the date given', () => {
    const page = `Decision details

Decision to renew the Ashbury town centre public spaces protection order.

Decision Maker: Cabinet

Decision status: Recommendations Approved

Decision:

(i)  To renew the order for three years.
`;
    const plan = planText(page, { bodyId: 'ashbury-cabinet', date: '2024-10-14' });
    expect(plan.items.map((item) => [item.title, item.titlePrinted])).toEqual([
      ['Decision to renew the Ashbury town centre public spaces protection order', true],
    ]);
    expect(plan.meeting.date).toBe('2024-10-14');
  });

  it('reads the parts under "RESOLVED:" when its "Decision:" heads an account of the discussion', () => {
    const page = `Decision details

Review of the Committee's Terms of Reference

Decision Maker: Standards Committee

Decision:

The Committee considered a report of the Monitoring Officer on the review carried out by the working group.

RESOLVED:

(i)  That the amendments to the Committee's terms of reference set out in Appendix 2 be approved;

(ii)  That the Monitoring Officer be asked to update the Constitution accordingly;

(iii)  That the Monitoring Officer be asked to update the Committee on complaints received at its next meeting.

Date of decision: 26/09/2023
`;
    const plan = planText(page, { bodyId: 'ashbury-standards', date: '2023-09-26' });
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.label, part.kind, part.effects.map((effect) => effect.kind)])).toEqual([
      ['i', 'approved', ['amend-terms-of-reference']],
      ['ii', 'unclassified', []],
      ['iii', 'requested', ['request-follow-up']],
    ]);
  });
});

describe('who chaired the meeting, named in the minute', () => {
  const chairsOf = (minute: string) =>
    planText(
      `Agenda and minutes\n\nCabinet - Monday, 13th May, 2024 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nWelcome and Apologies\n\nMinutes:\n\n${minute}\n`,
      { bodyId: 'ashbury-cabinet' },
    ).chairs.map((chair) => chair.chair);

  it('reads a vice chair who says they are chairing the meeting', () => {
    expect(
      chairsOf(
        'The Vice Chair, Councillor Adebayo opened the meeting and said that she would be chairing the meeting in the absence of the Chair, Councillor Moss.',
      ),
    ).toEqual(['Councillor Adebayo']);
    expect(chairsOf('The Deputy Chairman, Cllr. R. Finch took the chair for the meeting.')).toEqual(['Cllr. R. Finch']);
  });

  it('names the person in the chair without the office or role printed beside them, which the words it cites keep', () => {
    const chairs = (minute: string) =>
      planText(
        `Agenda and minutes\n\nCabinet - Monday, 13th May, 2024 7.00 pm\n\nItems\nNo. Item\n\n1.\n\nWelcome and Apologies\n\nMinutes:\n\n${minute}\n`,
        { bodyId: 'ashbury-cabinet' },
      )
        .commands.map((planned) => planned.command)
        .flatMap((command) => (command.type === 'RecordMeetingChair' ? [[command.data.chair, command.data.wording]] : []));
    expect(chairs('(Councillor S. Rao, Vice-Chairman, in the Chair)')).toEqual([
      ['Councillor S. Rao', 'Councillor S. Rao, Vice-Chairman in the Chair'],
    ]);
    expect(chairs('Councillor Jo Hart (Vice-Chair) in the Chair.')).toEqual([
      ['Councillor Jo Hart', 'Councillor Jo Hart (Vice-Chair) in the Chair'],
    ]);
    expect(chairs('Alinta Crew, Independent Chair, in the Chair.')).toEqual([
      ['Alinta Crew', 'Alinta Crew, Independent Chair in the Chair'],
    ]);
    expect(chairs('Councillor Ned Ashe (Leader of the Council) in the Chair.')).toEqual([
      ['Councillor Ned Ashe', 'Councillor Ned Ashe (Leader of the Council) in the Chair'],
    ]);
  });

  it('does not take a vice chair who only speaks for the one who chaired', () => {
    expect(chairsOf('The Vice Chair, Councillor Adebayo thanked officers for the report on the new depot.')).toEqual([]);
    expect(chairsOf('The Vice Chair, Councillor Adebayo, who chaired the working group, reported on its findings.')).toEqual([]);
  });
});

describe('titles printed after their number on the same line', () => {
  it('reads a standard title with nothing but a plain statement under it as an item of its own', () => {
    const page = `Agenda and minutes

Pensions Committee - Friday, 7th November, 2025 10.00 am

No. Item

21. Apologies for Absence

Apologies were received from Cllr. R. Vance.

22. Declarations of Interest

No declarations were made.

23. Minutes pdf icon PDF 180 KB

That the minutes of the meeting held on 5th September 2025 be confirmed as a correct record.
`;
    const plan = planText(page, { bodyId: 'ashbury-pensions' });
    expect(plan.items.map((item) => [item.number, item.title])).toEqual([
      ['21', 'Apologies for Absence'],
      ['22', 'Declarations of Interest'],
      ['23', 'Minutes'],
    ]);
    expect(plan.noDeclarations?.itemNumber).toBe('22');
  });
});

describe("an item's agenda number and minute number printed together before its title, under a heading naming both", () => {
  const page = `Agenda and minutes

Ashbury Police and Crime Panel - Monday, 13th January, 2025 10.30 am

Item Minute Item

1. 30. Welcome

The Chair welcomed members to the meeting.

2. 31. Apologies for Absence and Substitutions

Apologies were received from Cllr. G. Ash, for whom Cllr. P. Lomax substituted.

3. 32. Performance Report pdf icon PDF 740 KB

The Panel considered the quarterly performance report.

Resolved -

(1) That the report be noted.

(2) That the Commissioner provide a report on rural crime to the next meeting of the Panel.

4. 33. Complaints Annual Update

Resolved - That the item be deferred to a future meeting.
`;
  const plan = planText(page, { bodyId: 'ashbury-pcp' });

  it('keeps both numbers: the agenda number and the minute number', () => {
    expect(plan.items.map((item) => [item.agendaNumber, item.printedNumber, item.title])).toEqual([
      ['1', '30', 'Welcome'],
      ['2', '31', 'Apologies for Absence and Substitutions'],
      ['3', '32', 'Performance Report'],
      ['4', '33', 'Complaints Annual Update'],
    ]);
  });

  it('ends a resolution of numbered parts at the next title, and reads a report asked of someone for the next meeting', () => {
    expect(plan.items.map((item) => item.resolution?.parts.map((part) => [part.label ?? null, part.kind]))).toEqual([
      undefined,
      undefined,
      [
        ['1', 'noted'],
        ['2', 'requested'],
      ],
      [[null, 'deferred']],
    ]);
  });
});

describe('minutes numbered with their year, printed before the title on one line', () => {
  const page = `Ashbury Fire Authority

Date: Monday, 17th June, 2019
Time: 10.30 am

Agenda item | Minutes

1/2019 ELECTION OF CHAIR FOR 2019/20

RESOLVED that Councillor A. Pryce be elected Chair of the Authority for 2019/20.

(COUNCILLOR A. PRYCE IN THE CHAIR)

2/2019 DECLARATIONS OF INTEREST

Councillors G. Lloyd and T. Rees declared personal interests in Minute 4/2019, as relatives are employed by the Service.

3/2019 MINUTES

The minutes of the meeting held on 11th March, 2019 were confirmed as a correct record.

4/2019 PAY POLICY STATEMENT pdf icon PDF 96 KB

RESOLVED that the Pay Policy Statement be approved.

5/2019 DATES OF MEETINGS

RESOLVED that ordinary meetings be held at 10.30 am on Monday 16th September 2019 and Monday 9th December 2019.
`;
  const plan = planText(page, { bodyId: 'ashbury-fra' });

  it('reads each item with its number, under a heading that names the minutes column', () => {
    expect(plan.items.map((item) => [item.printedNumber, item.title])).toEqual([
      ['1/2019', 'ELECTION OF CHAIR FOR 2019/20'],
      ['2/2019', 'DECLARATIONS OF INTEREST'],
      ['3/2019', 'MINUTES'],
      ['4/2019', 'PAY POLICY STATEMENT'],
      ['5/2019', 'DATES OF MEETINGS'],
    ]);
    expect(plan.notes.map((note) => note.message)).not.toContainEqual(expect.stringContaining('header line not understood'));
  });

  it('reads who took the chair from a bracketed line in capitals', () => {
    expect(plan.chairs.map((chair) => [chair.chair, chair.itemNumber])).toEqual([['COUNCILLOR A. PRYCE', '1/2019']]);
  });

  it('reads a declaration in a minute cited with its year, and the minutes confirmed under a bare "MINUTES"', () => {
    expect(plan.declarations.map((declaration) => [declaration.member, declaration.concerningItemNumber])).toEqual([
      ['Councillor G. Lloyd', '4/2019'],
      ['Councillor T. Rees', '4/2019'],
    ]);
    expect(plan.previousMinutes.map((confirmation) => [confirmation.itemNumber, confirmation.previousMeetingHeldOn])).toEqual([
      ['3/2019', '2019-03-11'],
    ]);
  });

  it('gives every meeting date the time printed once before them', () => {
    const effects = plan.items[4]!.resolution?.parts.flatMap((part) => part.effects.map((effect) => effect.effect));
    expect(effects).toEqual([{ kind: 'set-future-meeting-dates', startTimes: ['2019-09-16T10:30:00+01:00', '2019-12-09T10:30:00+00:00'] }]);
  });
});

describe('the page\'s last item, its agenda\'s words followed by a minute with no "Minutes:" label', () => {
  it('keeps the minute and its resolution, not only the agenda', () => {
    const page = `Agenda and minutes

Executive - Tuesday, 3rd June, 2025 6.30 pm

No. Item

16. Bridge Repairs pdf icon PDF 100 KB

The Executive considered the emergency repairs.

RESOLVED: That the repairs be approved.

17. Support Fund pdf icon PDF 301 KB

Councillor F. Marsh, Executive Member, will present this report.

The Leader presented the report in her place.

AGREED:

1. That the delivery plan be approved.
`;
    const last = planText(page, { bodyId: 'ashbury-exec' }).items.at(-1)!;
    expect([last.title, last.resolution?.parts.map((part) => [part.label, part.kind])]).toEqual(['Support Fund', [['1', 'approved']]]);
  });
});

describe("minute numbers with a committee's prefix, and with the agenda's number beside them", () => {
  const numbersOf = (page: string) =>
    planText(page, { bodyId: 'ashbury-scc' }).items.map((item) => [item.agendaNumber ?? null, item.number, item.title]);

  it('reads "SC/01" on its own line and "PCP/4/25" before a title', () => {
    const header = 'Agenda and minutes\n\nSafer Communities Committee - Wednesday, 21st May, 2025 6.00 pm\n\nNo. Item\n\n';
    expect(
      numbersOf(
        `${header}SC/01\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\nSC/02\n\nCCTV Review\n\nMinutes:\n\nRESOLVED: That the review be noted.\n`,
      ),
    ).toEqual([
      ['1', 'SC/01', 'Apologies for Absence'],
      ['2', 'SC/02', 'CCTV Review'],
    ]);
    expect(
      numbersOf(
        `${header}PCP/3/25 Declarations of Interest\n\nNone.\n\nPCP/4/25 Minutes\n\nResolved - That the minutes of the meeting held on 2 April 2025 be approved.\n`,
      ),
    ).toEqual([
      ['1', 'PCP/3/25', 'Declarations of Interest'],
      ['2', 'PCP/4/25', 'Minutes'],
    ]);
  });

  it('reads "CAB 23/24 88" on its own line, the municipal year between prefix and number, and a declaration citing one', () => {
    const plan = planText(
      'Agenda and minutes\n\nCabinet - Monday, 11th March, 2024 7.00 pm\n\nItems\nNo. Item\n\nCAB 23/24 88\n\nDeclarations of Interest\n\nMinutes:\n\nCouncillor Ruth Oka declared a disclosable pecuniary interest in item CAB 23/24 89 as a leaseholder.\n\nCAB 23/24 89\n\nLeaseholder Service Charges\n\nMinutes:\n\nRESOLVED: That the charges be approved.\n',
      { bodyId: 'ashbury-cabinet' },
    );
    expect(plan.items.map((item) => [item.number, item.title])).toEqual([
      ['CAB 23/24 88', 'Declarations of Interest'],
      ['CAB 23/24 89', 'Leaseholder Service Charges'],
    ]);
    expect(plan.declarations.map((declaration) => declaration.concerningItemNumber)).toEqual(['CAB 23/24 89']);
  });

  it('reads "1   21/25" under an "Item   Minute" heading as the agenda number and the minute number', () => {
    expect(
      numbersOf(
        'Agenda and minutes\n\nHealth and Wellbeing Board - Thursday, 17th July, 2025 9.30 am\n\nItem   Minute\n\n1   21/25\n\nApologies for Absence\n\nNone received.\n\n2   22/25\n\nBetter Care Fund\n\nRESOLVED: That the plan be approved.\n',
      ),
    ).toEqual([
      ['1', '21/25', 'Apologies for Absence'],
      ['2', '22/25', 'Better Care Fund'],
    ]);
  });
});

describe('an election deferred because no one was nominated', () => {
  const effectsOf = (title: string, minute: string) =>
    planText(
      `Agenda and minutes\n\nFire Authority - Thursday, 5th June, 2025 10.00 am\n\nItems\nNo. Item\n\n1.\n\n${title}\n\nMinutes:\n\n${minute}\n`,
      { bodyId: 'ashbury-fra' },
    ).items[0]!.resolution?.parts.map((part) => part.effects.map((effect) => effect.effect));

  it('takes the term from the deferral when only it prints one, and the office from the part that names one', () => {
    expect(
      effectsOf(
        'Election of Vice-Chairman',
        'No nominations were received for the position of Vice-Chairman.\n\nRESOLVED: That the election of a Vice-Chairman for 2025/26 be deferred to the next meeting.',
      ),
    ).toEqual([
      [
        { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2025/26', reason: 'No nominations were received' },
        { kind: 'defer-item', subject: 'The election of a Vice-Chairman for 2025/26', due: { kind: 'next-meeting' } },
      ],
    ]);
    const [, vice] = effectsOf(
      'Election of Chair and Vice-Chair',
      'RESOLVED:\n\n(1) That Cllr. B. Hay be elected Chair for 2025/26;\n\n(2) That, no nominations having been received, the election of a Vice-Chair for 2025/26 be deferred to the meeting on 18 September 2025.',
    )!;
    expect(vice![0]).toEqual({
      kind: 'leave-office-vacant',
      office: 'deputy-chair',
      term: '2025/26',
      reason: 'No nominations having been received',
    });
    expect(vice![1]).toMatchObject({ kind: 'defer-item', due: { kind: 'meeting-in-month', month: '2025-09' } });
  });

  it('reads "Nominations were invited … None were received." told in two sentences', () => {
    expect(
      effectsOf(
        'Election of Deputy Chair for 2025/26',
        'Nominations were invited for the office of Deputy Chair. None were received.\n\nRESOLVED: That the election of a Deputy Chair for 2025/26 be deferred to the next meeting.',
      )![0]![0],
    ).toMatchObject({ kind: 'leave-office-vacant', office: 'deputy-chair', term: '2025/26' });
  });

  it('reads "On the nomination of A, seconded by B, it was RESOLVED that X be elected …" with X as the one elected', () => {
    expect(
      effectsOf(
        'Election of Chair',
        'On the nomination of Councillor Len Pike, seconded by Councillor Anji Mist, it was RESOLVED that Councillor Marge Quill be elected Chair of the Authority for 2025/26.',
      ),
    ).toEqual([[{ kind: 'elect-officeholder', office: 'chair', term: '2025/26', holder: 'Councillor Marge Quill' }]]);
  });

  it('reads "nominations were sought …, but none were received", and an election moved by an officer and agreed', () => {
    expect(
      effectsOf(
        'Election of Vice-Chair',
        'Nominations were sought for the position of Vice-Chair for 2025/26, but none were received.\n\nRESOLVED: That the election of a Vice-Chair be deferred to the next meeting.',
      ),
    ).toEqual([
      [
        { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2025/26', reason: expect.stringMatching(/none were received$/) },
        { kind: 'defer-item', subject: 'The election of a Vice-Chair', due: { kind: 'next-meeting' } },
      ],
    ]);
    expect(
      effectsOf(
        'Election of Chair',
        'It was moved by Inspector Cara Hebb, seconded by Councillor Owen Latch, and AGREED that Councillor Mia Oduya be elected Chair of the Authority for 2025/26.',
      ),
    ).toEqual([[{ kind: 'elect-officeholder', office: 'chair', term: '2025/26', holder: 'Councillor Mia Oduya' }]]);
  });
});

describe('a declaration citing "item 31" on a page whose minutes are numbered 30, 31 and its agenda 1, 2', () => {
  it('is in the item printed 31', () => {
    const plan = planText(
      'Agenda and minutes\n\nAshbury Panel - Monday, 13th January, 2025 10.30 am\n\nItem Minute Item\n\n' +
        '1. 30. Declarations of Interest\n\nCllr. P. Lomax declared a personal interest in item 31 as a park volunteer.\n\n' +
        '2. 31. Parks Strategy pdf icon PDF 120 KB\n\nRESOLVED: That the strategy be approved.\n',
      { bodyId: 'ashbury-panel' },
    );
    expect(plan.declarations.map((declaration) => [declaration.member, declaration.concerningItemNumber])).toEqual([
      ['Cllr. P. Lomax', '31'],
    ]);
  });
});

describe("an issue's page printing the decision above the minute", () => {
  it('reads the decision worded as a resolution, and the minute under its label', () => {
    const plan = planText(
      `Issue - meetings

Winter Service Plan

Meeting: 09/10/2025 - Ashbury Cabinet (Item 54)

54 Winter Service Plan pdf icon PDF 287 KB

Additional documents:

Appendix A - Gritting Network pdf icon PDF 3 MB

Decision:

RESOLVED:

1. That the Winter Service Plan be approved.

2. That a report on salt stocks be brought to Cabinet in January 2026.

Minutes:

The Cabinet Member introduced the report.
`,
      { bodyId: 'ashbury-cabinet' },
    );
    const [item] = plan.items;
    expect(item!.resolution?.parts.map((part) => [part.label, part.kind])).toEqual([
      ['1', 'approved'],
      ['2', 'requested'],
    ]);
    expect(item!.minute.paragraphs).toBeGreaterThan(0);
  });

  it("does not confirm minutes dated otherwise than the item's title says: the page contradicts itself", () => {
    const plan = planText(
      'Issue - meetings\n\nMinutes\n\nMeeting: 20/07/2022 - Ashbury Council (Item 1)\n\n1 Minutes of the meeting held on 13 April 2022 pdf icon PDF 220 KB\n\nAdditional documents:\n\nMinutes of the special meeting, 3 May 2022 pdf icon PDF 64 KB\n\nMinutes:\n\nThe minutes of the meeting held on 14 April 2022 were agreed as a correct record.\n',
      { bodyId: 'ashbury-council' },
    );
    expect(plan.previousMinutes).toEqual([]);
    expect(plan.unclassified.map((passage) => passage.reason)).toContainEqual(expect.stringContaining('04-14'));
  });

  it('confirms minutes the title names no date for, whatever papers the item lists', () => {
    const plan = planText(
      'Issue - meetings\n\nMinutes\n\nMeeting: 20/07/2022 - Ashbury Council (Item 1)\n\n1 Minutes of Previous Meetings pdf icon PDF 220 KB\n\nAdditional documents:\n\nMinutes of the special meeting, 3 May 2022 pdf icon PDF 64 KB\n\nMinutes:\n\nThe minutes of the meetings held on 14 April 2022 and 3 May 2022 were agreed as correct records.\n',
      { bodyId: 'ashbury-council' },
    );
    expect(plan.previousMinutes.map((confirmation) => confirmation.previousMeetingHeldOn)).toEqual(['2022-04-14', '2022-05-03']);
  });
});

describe('papers listed under "Additional documents:" on a page whose titles carry their numbers', () => {
  it('are papers of the item, not items of their own', () => {
    const plan = planText(
      'Agenda and minutes\n\nAshbury Board - Thursday, 19th June, 2025 2.00 pm\n\nItem\n\n' +
        '4/25 Minutes of Previous Meetings pdf icon PDF 187 KB\n\nAdditional documents:\n\nMinutes of the special meeting held on 2 April 2025 pdf icon PDF 64 KB\n\n' +
        'The minutes of the meeting held on 13 March 2025 were confirmed as a correct record.\n\n' +
        '5/25 Better Care Fund Plan pdf icon PDF 530 KB\n\nAdditional documents:\n\nAppendix A - Planning Template pdf icon PDF 1 MB\n\nRESOLVED: That the plan be approved.\n',
      { bodyId: 'ashbury-board' },
    );
    expect(plan.items.map((item) => [item.number, item.title])).toEqual([
      ['4/25', 'Minutes of Previous Meetings'],
      ['5/25', 'Better Care Fund Plan'],
    ]);
  });
});

describe('a decision record\'s parts under "The Combined Authority Board:", in the past tense', () => {
  it('reads each part by its verb', () => {
    const plan = planText(
      'Decision details\n\nAdult Skills Fund\n\nDecision Maker: Ashbury Combined Authority Board\n\nDecision:\n\nThe Combined Authority Board:\n\n(a) approved the commissioning approach;\n\n(b) delegated the award of contracts to the Director;\n\n(c) requested a report on outcomes in September 2025.\n\nDate of decision: 12/03/2025\n',
      { bodyId: 'ashbury-cab' },
    );
    expect(plan.items[0]!.resolution?.parts.map((part) => [part.label, part.kind])).toEqual([
      ['a', 'approved'],
      ['b', 'unclassified'],
      ['c', 'requested'],
    ]);
  });
});

describe('items numbered "Minute 41 (Agenda item 1)", under an opening welcome with no number', () => {
  const plan = planText(
    `Agenda and draft minutes

Housing Committee - Wednesday, 15th January, 2025 6.30 pm

No. Item

The Chairman, Councillor F. Dunmore, welcomed everyone to the meeting.

Minute 41 (Agenda item 1)

Declarations of Interest

Councillor Gorton declared a disclosable pecuniary interest in agenda item 2 as a neighbour of the site.

Minute 42 (Agenda item 2)

Disposal of Land at Mill Lane pdf icon PDF 120 KB

RESOLVED: That the disposal be approved.
`,
    { bodyId: 'ashbury-hc' },
  );

  it('keeps the minute number and the agenda number, and the welcome as the opening item', () => {
    expect(plan.items.map((item) => [item.number, item.agendaNumber ?? null, item.title, item.titlePrinted])).toEqual([
      [expect.any(String), null, 'Introductions', false],
      ['41', '1', 'Declarations of Interest', true],
      ['42', '2', 'Disposal of Land at Mill Lane', true],
    ]);
  });

  it('finds the item a declaration cites by its agenda number', () => {
    expect(plan.declarations.map((declaration) => [declaration.member, declaration.concerningItemNumber])).toEqual([
      ['Councillor Gorton', '42'],
    ]);
  });
});

describe('items numbered "1. (Minute 40)": the agenda number, then the minute number in brackets', () => {
  it('keeps both', () => {
    const plan = planText(
      'Agenda and minutes\n\nAshbury Police and Crime Panel - Friday, 7th February, 2025 10.30 am\n\nNo. Item\n\n1. (Minute 40)\n\nApologies for Absence\n\nNone.\n\n2. (Minute 41)\n\nPrecept 2025/26 pdf icon PDF 502 KB\n\nRESOLVED: That the precept be supported.\n',
      { bodyId: 'ashbury-pcp' },
    );
    expect(plan.items.map((item) => [item.agendaNumber ?? null, item.number, item.title])).toEqual([
      ['1', '40', 'Apologies for Absence'],
      ['2', '41', 'Precept 2025/26'],
    ]);
  });

  it('does not make an opening welcome an item when the first printed number is 1, which it would take', () => {
    const plan = planText(
      'Agenda and minutes\n\nAshbury Panel - Friday, 7th February, 2025 10.30 am\n\nNo. Item\n\nThe Chairman welcomed everyone to the meeting.\n\n1.\n\nApologies for Absence\n\nNone.\n\n2.\n\nPrecept pdf icon PDF 502 KB\n\nRESOLVED: That the precept be supported.\n',
      { bodyId: 'ashbury-panel' },
    );
    expect(plan.items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Precept']);
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});

describe('exclusions naming the business they cover by number or by count, and decisions moved by named members', () => {
  const page = (exclusion: string) =>
    planText(
      `Agenda and minutes\n\nLicensing Committee - Thursday, 14th March, 2024 10.00 am\n\nItems\nNo. Item\n\n61.\n\nStatement of Licensing Policy\n\nMinutes:\n\nIt was moved by Councillor Rae Alder, seconded by Councillor Tom Usk and AGREED that the revised policy be approved for submission to Council.\n\n62.\n\nExclusion of the Press and Public\n\nMinutes:\n\n${exclusion}\n\n63.\n\nEnforcement Update\n\nMinutes:\n\nRESOLVED: That the update be noted.\n\n64.\n\nStaffing Structure\n\nMinutes:\n\nRESOLVED: That the revised structure be approved, subject to consultation with the staff affected.\n\n65.\n\nDates of Meetings\n\nMinutes:\n\nRESOLVED: That the next meeting be held at 10.00 am on 11 April 2024.\n`,
      { bodyId: 'ashbury-licensing' },
    );
  const excluded = (exclusion: string) =>
    page(exclusion)
      .commands.map((planned) => planned.command)
      .flatMap((command) => (command.type === 'ExcludePressAndPublic' ? [[command.data.forItemNumbers, command.data.paragraphs]] : []));

  it('excludes the public "including the press" for the minutes it names, and "asks them to leave" for the remaining two items', () => {
    expect(
      excluded(
        'RESOLVED: That the public, including the press, be excluded from the meeting while minutes 63 and 64 below are considered, because exempt information within paragraphs 1, 4 and 7 of Part 1 of Schedule 12A to the Local Government Act 1972 is likely to be disclosed.',
      ),
    ).toEqual([
      [
        ['63', '64'],
        [1, 4, 7],
      ],
    ]);
    expect(
      excluded(
        'RESOLVED: That members of the press and public be asked to leave for the remaining two items, as they were likely to disclose exempt information of the kinds described in paragraphs 1 and 2 of Part 1 of Schedule 12A.',
      ),
    ).toEqual([
      [
        ['63', '64'],
        [1, 2],
      ],
    ]);
  });

  it('reads a decision "moved by Councillor X, seconded by Councillor Y and AGREED", and an approval on a condition that changes nothing', () => {
    const plan = page('RESOLVED: That the public be excluded from the meeting for the next item under paragraph 1 of Schedule 12A.');
    expect(plan.items.map((item) => [item.number, item.resolution?.parts.map((part) => part.kind)])).toEqual([
      ['61', ['approved']],
      ['62', ['agreed']],
      ['63', ['noted']],
      ['64', ['approved']],
      ['65', ['agreed']],
    ]);
  });
});
