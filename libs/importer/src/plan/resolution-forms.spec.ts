/**
 * How other councils' pages print a resolution, written afresh for an invented Westmere Borough
 * Council: an item's page without its heading, parts numbered "1. That …" with no RESOLVED label,
 * sentences broken at a column's width, resolutions whose "RESOLVED that" was lost, a "Decision:"
 * section, and a decision record whose parts are written "To adopt …".
 */
import { planText } from '../testing/sample-minutes';

const partsOf = (plan: ReturnType<typeof planText>, at = 0) =>
  (plan.items[at]!.resolution?.parts ?? []).map((part) => [part.label ?? null, part.kind]);

describe("an item's page copied without its heading", () => {
  const page = `The recommendations were put to the vote and carried.
1. That the review of the committee's procedure rules be noted.
2. That procedure rule 12 be amended so that any four members may call in a decision.
3. That the findings in paragraphs 5 to 9 of the report be noted.
Supporting documents:`;

  it('is planned as one untitled item, its numbered parts the resolution', () => {
    const plan = planText(page, { bodyId: 'westmere-osc', date: '2024-03-12' });
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]!.titlePrinted).toBe(false);
    expect(partsOf(plan)).toEqual([
      ['1', 'noted'],
      ['2', 'unclassified'],
      ['3', 'noted'],
    ]);
    expect(plan.items[0]!.minute.paragraphs).toBe(1);
  });
});

describe('a sentence broken at the width of a column', () => {
  it('is read whole, across the break and a blank line', () => {
    const page = `Agenda item

Minutes of the meeting held on 3 September 2024

Minutes:

Resolved – That the minutes of the meeting held on 3 September 2024 be

agreed as a correct record.`;
    const plan = planText(page, { bodyId: 'westmere-hwb', date: '2024-10-15' });
    expect(partsOf(plan)).toEqual([[null, 'agreed']]);
    expect(plan.previousMinutes.map((confirmation) => confirmation.previousMeetingHeldOn)).toEqual(['2024-09-03']);
  });

  it('is read whole when the line stops on a linking word and the next begins with a capital', () => {
    const page = `Agenda item

Exclusion of the Press and Public

Minutes:

RESOLVED: That the press and public be excluded from the meeting for the
following item, as it involves the disclosure of exempt information as defined in paragraph 3 of
Schedule 12A to the Local Government Act 1972.`;
    const plan = planText(page, { bodyId: 'westmere-cab', date: '2024-10-15' });
    const part = plan.items[0]!.resolution!.parts[0]!;
    expect([part.kind, part.lines]).toEqual(['agreed', { from: 7, to: 9 }]);
    expect(part.text).toContain(
      'for the following item, as it involves the disclosure of exempt information as defined in paragraph 3 of Schedule 12A',
    );
  });

  it('is not joined to a line that starts a lettered part of its own', () => {
    const page = `Agenda item

Annual Report

Minutes:

RESOLVED:
a) That the annual report be noted and
b) That a summary be brought to the next meeting.`;
    const plan = planText(page, { bodyId: 'westmere-hwb', date: '2024-10-15' });
    expect(plan.items[0]!.resolution?.parts.map((part) => part.label)).toEqual(['a', 'b']);
  });
});

describe('a resolution whose "RESOLVED that" the page lost', () => {
  const page = (last: string) => `Agenda and minutes

Scrutiny Committee - Wednesday, 9th October, 2024 6.30 pm

Minutes pdf icon PDF 120 KB

To approve and sign the minutes of the meeting held on 4 September 2024


Consideration was given to the minutes of the meeting held on 4 September 2024.


It was moved by Councillor A Fenn and seconded by Councillor B Moss.




${last}



Work Programme pdf icon PDF 310 KB

To consider the items for the work programme.


The Committee considered its work programme.
`;

  it('is read from the bare "be" of its wording, and the minutes it approves are confirmed', () => {
    const plan = planText(page('The minutes of the meeting held on 4 September 2024 be approved as an accurate record.'), {
      bodyId: 'westmere-sc',
    });
    expect(partsOf(plan)).toEqual([[null, 'approved']]);
    expect(plan.previousMinutes.map((confirmation) => confirmation.previousMeetingHeldOn)).toEqual(['2024-09-04']);
  });

  it('is not read into a sentence that tells what someone proposed', () => {
    const plan = planText(page('The Chair recommended the minutes of the meeting held on 4 September 2024 be approved next month.'), {
      bodyId: 'westmere-sc',
    });
    expect(partsOf(plan)).toEqual([]);
    expect(plan.previousMinutes).toEqual([]);
  });
});

describe('a "Decision:" section', () => {
  it('is the resolution of its item', () => {
    const page = `Agenda item

Review of Community Safety Partnerships

Minutes:

Members discussed the scope of the review.

Decision:

The Board agreed the review's method and the members of its review group.

Action:

Officers to arrange the first meeting of the group.`;
    const plan = planText(page, { bodyId: 'westmere-ssb', date: '2024-06-20' });
    expect(partsOf(plan)).toEqual([[null, 'agreed']]);
  });

  it('is found after a paragraph number too: "17.4 Resolved – That …"', () => {
    const page = `Agenda item

Panel Terms of Reference

Minutes:

17.1 The Committee considered a report on the Panel's terms of reference.

17.2 Resolved – That the revised terms of reference be endorsed for recommendation to the Council.`;
    const plan = planText(page, { bodyId: 'westmere-gc', date: '2024-06-20' });
    expect(partsOf(plan)).toEqual([[null, 'endorsed']]);
  });
});

describe('a decision record whose parts are written in the infinitive', () => {
  const page = `Decision details

Setting up a Local Partnership Board

Decision Maker: Cabinet

Decision status: Recommendations Approved

Decision:

(i) To adopt the revised Local Plan timetable.

(ii) To note the consultation responses in Appendix 2.

(iii) To delegate authority to the Director of Place to:

(a) publish the timetable;

(b) write to the neighbouring councils.

Date of decision: 16/08/2024`;

  it('reads each part by its verb, and the points of a part that introduces them stay in it', () => {
    const plan = planText(page, { bodyId: 'westmere-cab' });
    expect(partsOf(plan)).toEqual([
      ['i', 'approved'],
      ['ii', 'noted'],
      ['iii', 'unclassified'],
    ]);
    expect(plan.items[0]!.resolution!.parts[2]!.text).toContain('(b) write to the neighbouring councils.');
  });
});

describe('lettered paragraphs of a discussion', () => {
  it('are not an unlabelled resolution, and no effect is taken from their words', () => {
    const page = `Agenda item

Community Safety Partnership

Minutes:

The Committee considered the annual report of the Partnership.

In the debate that followed, reference was made to:-

(a) response times. The Chair of the Partnership said they had improved in every district;

(b) county lines. Members asked that a briefing on county lines be brought to a future meeting of the Committee.`;
    const plan = planText(page, { bodyId: 'westmere-osc', date: '2024-11-05' });
    expect(plan.items[0]!.resolution).toBeUndefined();
    expect(plan.effects).toEqual([]);
    expect(plan.items[0]!.minute.paragraphs).toBe(4);
  });
});

describe('a proposal the minute says was not resolved', () => {
  it('is kept as minute text, not recorded as a decision', () => {
    const plan = planText(
      'Agenda item\n\nExclusion of the public and press\n\nThat the public be excluded from the meeting for the following items on the grounds that they involve exempt information.\n\n\nMembers did not resolve to exclude the public and press, as the closed report was not discussed.\n',
      { bodyId: 'westmere-osc', date: '2024-11-05' },
    );
    expect(plan.items[0]!.resolution).toBeUndefined();
    expect(plan.unclassified.map((passage) => passage.reason)).toEqual([
      'worded as a resolution, but the minute says the meeting did not resolve it',
    ]);
  });
});

describe('a decision record copied without its heading or its "Decision:" label', () => {
  it('is one decision, its parts "(i) To …" read by their verbs', () => {
    const page = `Decision Maker: Cabinet

Decision status: Recommendations Approved

Is Key decision?: No

To consider the report of the Cabinet Member seeking approval of the revised Local Plan timetable.

(i) To approve the revised Local Plan timetable.

(ii) To note the consultation responses.`;
    const plan = planText(page, { bodyId: 'westmere-cab', date: '2024-08-16' });
    expect(plan.items).toHaveLength(1);
    expect(partsOf(plan)).toEqual([
      ['i', 'approved'],
      ['ii', 'noted'],
    ]);
    // The record's fields and purpose are what stood before the decision, not minute text.
    expect(plan.items[0]!.minute.paragraphs).toBe(0);
  });
});

describe("a page that ends inside a resolution's last point", () => {
  const decision = (ending: string) => `Agenda item

Community Safety Partnership: new arrangements

Minutes:

RESOLVED:

(i) To note the report.

(ii) To authorise the Head of Communities to:

(a) set up the partnership's board;

(b) agree its membership with the police;

${ending}`;
  const lastPart = (ending: string) => {
    const parts = planText(decision(ending), { bodyId: 'westmere-cabinet', date: '2024-05-14' }).items[0]!.resolution!.parts;
    return { label: parts.at(-1)!.label, truncated: parts.at(-1)!.truncatedAtSource === true };
  };

  it('marks it truncated when the page ends a point short, the points before it ending ";"', () => {
    expect(lastPart('(c) appoint a chair and vice chair to the bo')).toEqual({ label: 'ii', truncated: true });
    const plan = planText(decision('(c) appoint a chair and vice chair to the bo'), { bodyId: 'westmere-cabinet', date: '2024-05-14' });
    expect(plan.notes.map((note) => note.message)).toContain(
      "item 1: the page ends inside the resolution's last point; the parts it shows are recorded, the last marked as truncated at source",
    );
  });

  it('marks it truncated when the page ends inside a list of meetings, each point before it ending on its date', () => {
    const parts = planText(
      'Agenda item\n\nCommittee Minutes\n\nMinutes:\n\nRESOLVED to receive the minutes of the following meetings:\n\na) Planning Committee 4 October 2021\n\nb) Finance Committee 22 November 2021\n\nc) Grounds Committee 6 Dec',
      { bodyId: 'westmere-council', date: '2022-02-01' },
    ).items[0]!.resolution!.parts;
    expect(parts.map((part) => part.truncatedAtSource === true)).toEqual([true]);
  });

  it('marks it truncated when the page ends inside a bracket the point opened', () => {
    expect(lastPart('(c) appoint a chair (the Head of Communities may appoint')).toEqual({ label: 'ii', truncated: true });
  });

  it('marks it truncated when the page stops on a word no sentence ends on, but not on "Option A"', () => {
    const lastOf = (resolution: string) =>
      planText(`Agenda item\n\nPlay areas\n\nMinutes:\n\nRESOLVED: ${resolution}`, {
        bodyId: 'westmere-cabinet',
        date: '2024-05-14',
      }).items[0]!.resolution!.parts.map((part) => part.truncatedAtSource === true);
    expect(lastOf('That officers review the play areas, with particular reference to the')).toEqual([true]);
    expect(lastOf('That the Board prefers Option A')).toEqual([false]);
  });

  it('does not when the last point is whole, or only lacks its full stop after points that end otherwise', () => {
    expect(lastPart('(c) appoint a chair and vice chair to the board.')).toEqual({ label: 'ii', truncated: false });
    const plan = planText(
      'Agenda item\n\nPlay areas\n\nMinutes:\n\nRESOLVED: That the Board notes the report and the play areas survey be published',
      { bodyId: 'westmere-cabinet', date: '2024-05-14' },
    );
    expect(plan.items[0]!.resolution!.parts.map((part) => part.truncatedAtSource === true)).toEqual([false]);
  });
});

describe('when a report asked for is to come back', () => {
  const dueOf = (resolution: string) =>
    planText(
      `Agenda and minutes\n\nCabinet - Tuesday, 11th February, 2025 6.30 pm\n\nItems\nNo. Item\n\n1.\n\nLibrary Strategy\n\nMinutes:\n\n${resolution}\n`,
      { bodyId: 'westmere-cabinet' },
    ).items[0]!.resolution?.parts.flatMap((part) => part.effects.map((effect) => effect.effect));

  it('is the body\'s meeting in the month named, "brought back to Cabinet in September 2025"', () => {
    expect(dueOf('RESOLVED: That a report on the second phase be brought back to Cabinet in September 2025.')).toEqual([
      { kind: 'request-follow-up', request: 'report', subject: 'The second phase', due: { kind: 'meeting-in-month', month: '2025-09' } },
    ]);
  });

  it('reads a report due to "the Combined Authority in October 2025", the body itself, and a hearing adjourned to a day', () => {
    const combined = planText(
      `Agenda and minutes\n\nWestmere Combined Authority - Thursday, 13th February, 2025 11.00 am\n\nItems\nNo. Item\n\n1.\n\nBus Franchising\n\nMinutes:\n\nRESOLVED: That a report on mobilisation be brought to the Combined Authority in October 2025.\n\n2.\n\nLicence Review\n\nMinutes:\n\nRESOLVED: That the hearing be adjourned to 7 March 2025.\n`,
      { bodyId: 'westmere-ca' },
    );
    expect(
      combined.items.map((item) => item.resolution?.parts.map((part) => [part.kind, part.effects.map((effect) => effect.effect)])),
    ).toEqual([
      [['requested', [expect.objectContaining({ kind: 'request-follow-up', due: { kind: 'meeting-in-month', month: '2025-10' } })]]],
      [['deferred', [expect.objectContaining({ kind: 'defer-item', due: { kind: 'meeting-in-month', month: '2025-03' } })]]],
    ]);
  });

  it('reads a portfolio holder asked to "report back to the Committee in June 2025", and a report due to "the Authority"', () => {
    expect(dueOf('RESOLVED: That the Portfolio Holder report back to the Committee in June 2025 on their implementation.')).toEqual([
      expect.objectContaining({ kind: 'request-follow-up', request: 'report', due: { kind: 'meeting-in-month', month: '2025-06' } }),
    ]);
    expect(dueOf('RESOLVED: That a report on the pilot be submitted to the Authority in February 2025.')).toEqual([
      expect.objectContaining({ kind: 'request-follow-up', request: 'report', due: { kind: 'meeting-in-month', month: '2025-02' } }),
    ]);
    expect(dueOf('RESOLVED: That an update on the plan be reported to the Board in March 2026.')).toEqual([
      expect.objectContaining({ kind: 'request-follow-up', request: 'report', due: { kind: 'meeting-in-month', month: '2026-03' } }),
    ]);
  });

  it('reads "an item on X be added to the agenda for the March 2025 meeting" as an agenda item asked for', () => {
    expect(dueOf('RESOLVED: That an item on the leisure centre be added to the agenda for the March 2025 meeting.')).toEqual([
      {
        kind: 'request-follow-up',
        request: 'agenda-item',
        subject: 'The leisure centre',
        due: { kind: 'meeting-in-month', month: '2025-03' },
      },
    ]);
  });

  it('reads "the meeting of the Committee in September 2019" and "a meeting of the Sub-Committee on 5 February 2025" as months', () => {
    expect(dueOf('RESOLVED: That consideration of the policy be deferred to the meeting of the Committee in September 2019.')).toEqual([
      expect.objectContaining({ kind: 'defer-item', due: { kind: 'meeting-in-month', month: '2019-09' } }),
    ]);
    expect(dueOf('RESOLVED: That the hearing be deferred to a meeting of the Sub-Committee on 5 February 2025.')).toEqual([
      expect.objectContaining({ kind: 'defer-item', due: { kind: 'meeting-in-month', month: '2025-02' } }),
    ]);
  });

  it('gives the dates of a list the year printed after them, "5 February, 20 May and 23 September 2024"', () => {
    expect(dueOf('RESOLVED: That meetings of the Panel in 2024 be held at 1.30 pm on 5 February, 20 May and 23 September 2024.')).toEqual([
      {
        kind: 'set-future-meeting-dates',
        startTimes: ['2024-02-05T13:30:00+00:00', '2024-05-20T13:30:00+01:00', '2024-09-23T13:30:00+01:00'],
      },
    ]);
  });

  it('reads a decision written "It was RESOLVED that …" into the minute', () => {
    expect(
      dueOf('Members considered the calendar.\n\nIt was RESOLVED that meetings be held at 7.30 pm on 20th May and 17th June 2024.'),
    ).toEqual([{ kind: 'set-future-meeting-dates', startTimes: ['2024-05-20T19:30:00+01:00', '2024-06-17T19:30:00+01:00'] }]);
  });
});

describe('an item page listing the documents filed with the item, and a panel supporting a proposal', () => {
  const page = `14. Proposed Precept 2025/26 pdf icon PDF 520 KB

The Commissioner, Ann Fry, will attend to present her proposed precept.

Additional documents:

    Appendix A - Medium Term Financial Plan, item 14. pdf icon PDF 1 MB

Minutes:

The Commissioner presented her proposal to raise the precept by £14.

RESOLVED:

1. That the Panel supports the proposed precept and does not exercise its power of veto.

2. That the Commissioner be asked to provide a written report to the Panel's meeting in June 2025 on call handling.
`;
  const plan = planText(page, { bodyId: 'westmere-pcp', date: '2025-02-04' });

  it("keeps the documents and the agenda's words under the one item, not as items of their own", () => {
    expect(plan.items.map((item) => [item.printedNumber, item.title])).toEqual([['14', 'Proposed Precept 2025/26']]);
  });

  it('reads "the Panel supports" as endorsed, and "be asked to provide a report" as a request', () => {
    expect(partsOf(plan)).toEqual([
      ['1', 'endorsed'],
      ['2', 'requested'],
    ]);
  });
});

describe('changes to the body itself, worded as other councils word them', () => {
  const effectsOf = (resolution: string) =>
    planText(
      `Agenda and minutes\n\nWestmere Safer Streets Partnership - Tuesday, 9th September, 2025 2.00 pm\n\nItems\nNo. Item\n\n1.\n\nMembership and Terms of Reference\n\nMinutes:\n\n${resolution}\n`,
      { bodyId: 'westmere-ssp' },
    ).items[0]!.resolution?.parts.map((part) => [part.label ?? null, part.effects.map((effect) => effect.effect ?? effect.kind)]);

  it('reads the organisations "the admission of X and the Y as members" names, and one "as a member" whole', () => {
    expect(
      effectsOf(
        'RESOLVED: That the admission of Westmere Voluntary Action and the Westmere and District Hospice Trust as members of the Partnership be approved.',
      ),
    ).toEqual([
      [
        null,
        [
          { kind: 'admit-member-organisation', organisationId: 'westmere-voluntary-action', organisationName: 'Westmere Voluntary Action' },
          {
            kind: 'admit-member-organisation',
            organisationId: 'westmere-and-district-hospice-trust',
            organisationName: 'Westmere and District Hospice Trust',
          },
        ],
      ],
    ]);
    expect(effectsOf('RESOLVED: To approve the admission of Westmere Fire and Rescue Service as a member of the Partnership.')).toEqual([
      [
        null,
        [
          {
            kind: 'admit-member-organisation',
            organisationId: 'westmere-fire-and-rescue-service',
            organisationName: 'Westmere Fire and Rescue Service',
          },
        ],
      ],
    ]);
  });

  it('reads an admission "as a member organisation", an application "for membership" approved, and "the change of the Partnership\'s name"', () => {
    expect(
      effectsOf(
        'RESOLVED:\n\n(a) That the admission of Westmere Housing Trust as a member organisation of the Partnership be approved;\n\n(b) That the application of Westmere Youth Forum for membership of the Partnership be approved;\n\n(c) That the change of the Partnership\'s name to the "Safer Westmere Partnership" be agreed.',
      ),
    ).toEqual([
      ['a', [{ kind: 'admit-member-organisation', organisationId: 'westmere-housing-trust', organisationName: 'Westmere Housing Trust' }]],
      ['b', [{ kind: 'admit-member-organisation', organisationId: 'westmere-youth-forum', organisationName: 'Westmere Youth Forum' }]],
      ['c', [{ kind: 'rename-body', name: 'Safer Westmere Partnership', shortName: 'SWP' }]],
    ]);
  });

  it('reads "the admission of X to membership of the Partnership" and "the Partnership\'s change of name to \'…\'"', () => {
    expect(
      effectsOf(
        "RESOLVED:\n\n(a) That the admission of Westmere Carers' Alliance to membership of the Partnership be agreed;\n\n(b) That the Partnership's change of name to 'Westmere Health and Care Partnership' be approved.",
      ),
    ).toEqual([
      [
        'a',
        [{ kind: 'admit-member-organisation', organisationId: 'westmere-carers-alliance', organisationName: "Westmere Carers' Alliance" }],
      ],
      ['b', [{ kind: 'rename-body', name: 'Westmere Health and Care Partnership', shortName: 'WHCP' }]],
    ]);
  });

  it('reads "that from 1 September the Partnership be known as the \'…\'", and a holder named with the body they come from', () => {
    expect(effectsOf("RESOLVED: That from 1 September 2025 the Partnership be known as the 'Westmere Safer Places Partnership'.")).toEqual([
      [null, [{ kind: 'rename-body', name: 'Westmere Safer Places Partnership', shortName: 'WSPP' }]],
    ]);
    expect(
      effectsOf('RESOLVED: That Mrs P. Grange (Coldharbour Parish Council) be elected Vice-Chairman of the Partnership for 2025/26.'),
    ).toEqual([[null, [{ kind: 'elect-officeholder', office: 'deputy-chair', term: '2025/26', holder: 'Mrs P. Grange' }]]]);
  });

  it("does not take the chair of another body for this one's", () => {
    expect(effectsOf('RESOLVED: That Councillor Helen Varr be appointed Chair of the Audit and Governance Committee for 2025/26.')).toEqual(
      [[null, []]],
    );
    expect(effectsOf('RESOLVED: That Councillor Helen Varr be elected Chair of the Partnership for 2025/26.')).toEqual([
      [null, [{ kind: 'elect-officeholder', office: 'chair', term: '2025/26', holder: 'Councillor Helen Varr' }]],
    ]);
  });

  it('does not split a list it cannot tell apart, "X and Y and Z"', () => {
    expect(
      effectsOf('RESOLVED: That the admission of Westmere College and Fire and Rescue Service as members of the Partnership be approved.'),
    ).toEqual([[null, []]]);
  });

  it('reads a renaming, "to rename the Partnership the \'…\'" and "the change of name … to \\"…\\""', () => {
    expect(effectsOf("RESOLVED: That the proposal to rename the Partnership the 'Safer Westmere Partnership' be approved.")).toEqual([
      [null, [{ kind: 'rename-body', name: 'Safer Westmere Partnership', shortName: 'SWP' }]],
    ]);
    expect(effectsOf('RESOLVED: That the change of name of the Partnership to "Safer Westmere Together" be approved.')).toEqual([
      [null, [{ kind: 'rename-body', name: 'Safer Westmere Together', shortName: 'SWT' }]],
    ]);
  });

  it('takes "the amendments to the Terms of Reference … be approved" for an amendment, not an adoption', () => {
    expect(effectsOf('RESOLVED: That the amendments to the Terms of Reference set out in Appendix A be approved.')).toEqual([
      [null, ['amend-terms-of-reference']],
    ]);
  });
});
