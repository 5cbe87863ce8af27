/**
 * The five real pages, counted by hand. Each expectation below was counted from the page itself
 * (line numbers cite the page in samples/minutes), not from the importer's output.
 */
import type { DecisionKind, MeetingCommand } from '@ledger/domain';
import { planSample, type SampleYear } from '../testing/sample-minutes';
import type { MeetingPlan } from './import-plan';

interface ExpectedCounts {
  items: number;
  parts: Partial<Record<DecisionKind, number>>;
  declarations: number;
  deferrals: number;
  requests: number;
  followUps: number;
  unclassified: number;
  heldBackEffects: number;
  previousMinutesConfirmed: number;
  corrections: number;
  exclusions: number;
  chairs: number;
  orderOfBusinessVaried: boolean;
  futureMeetingDates: number;
}

const EXPECTED: Record<SampleYear, ExpectedCounts> = {
  // 12 items (the first, introductions, has no printed title). Resolutions: Performance (a) noted,
  // (b) report requested, (c) "continued to monitor" recorded as unclassified; Sentinel (a) noted,
  // (b) summary requested; Domestic Abuse (a)(b) noted, (c) report requested for June 2016; SPB (a)
  // noted, (b) "has agenda items on …" requested for the next meeting; dates "It was agreed that …"
  // agreed. The Prevent and Street Lighting items end in resolution fragments without decision
  // wording (lines 66, 119), kept as minute text; listed with 6(c).
  2015: {
    items: 12,
    parts: { noted: 5, requested: 4, agreed: 1, unclassified: 1 },
    declarations: 0,
    deferrals: 0,
    requests: 4,
    followUps: 4,
    unclassified: 3,
    heldBackEffects: 0,
    previousMinutesConfirmed: 1,
    corrections: 0,
    exclusions: 0,
    chairs: 0,
    orderOfBusinessVaried: false,
    futureMeetingDates: 4,
  },
  // Minutes 29-42. Noted: 33(a) (the page cuts the resolution short after it, line 108), 34, 35(a),
  // 37(a), 38(a), 39(a), 41(a); approved: 35(b), 36(a); endorsed ("be supported", "endorses"): 37(b),
  // 41(b); requested: 38(b), 39(b), 41(c); agreed: 40 (the public excluded), 42. Unclassified: 36(b)
  // "be held by".
  // The Chairman's personal interest in item 5; exclusion for minute 41 under paragraphs 3 and 10.
  2018: {
    items: 14,
    parts: { noted: 7, approved: 2, endorsed: 2, requested: 3, agreed: 2, unclassified: 1 },
    declarations: 1,
    deferrals: 0,
    requests: 3,
    followUps: 3,
    unclassified: 1,
    heldBackEffects: 0,
    previousMinutesConfirmed: 1,
    corrections: 0,
    exclusions: 1,
    chairs: 0,
    orderOfBusinessVaried: false,
    futureMeetingDates: 1,
  },
  // 16 agenda items and a procedural "Change to the Order of Business" minute. Chairman elected for
  // 2019/20; deputy chair election deferred; noted 9; presentations or reports requested 4 (CSE,
  // ASB, CRC, NPS); six meeting dates agreed.
  2019: {
    items: 16,
    parts: { elected: 1, deferred: 1, noted: 9, requested: 4, agreed: 1 },
    declarations: 0,
    deferrals: 1,
    requests: 4,
    followUps: 5,
    unclassified: 0,
    heldBackEffects: 0,
    previousMinutesConfirmed: 1,
    corrections: 0,
    exclusions: 0,
    chairs: 1,
    orderOfBusinessVaried: true,
    futureMeetingDates: 6,
  },
  // 13 agenda items and a procedural order-of-business minute. Noted: action log, VRN, performance,
  // OPCC, Teen Health, Public Health; Rutland (a) approved (membership, rename), (b) approved subject
  // to amendment (the proposed terms of reference adopted as amended: held back, the clauses are not in
  // the minutes); Prevent presentation deferred; next meeting agreed.
  // The June 2023 minutes confirmed with one correction, to minute 11(iii).
  2023: {
    items: 13,
    parts: { noted: 6, approved: 1, 'approved-subject-to-amendment': 1, deferred: 1, agreed: 1 },
    declarations: 0,
    deferrals: 1,
    requests: 0,
    followUps: 1,
    unclassified: 0,
    heldBackEffects: 1,
    previousMinutesConfirmed: 1,
    corrections: 1,
    exclusions: 0,
    chairs: 0,
    orderOfBusinessVaried: true,
    futureMeetingDates: 1,
  },
  // Minutes 1-13. Noted: 4, 6, 7(a), 8, 9, 10, 11(a); requested: 7(b) further updates on ECINS;
  // 11(b) "officers be requested to agree a replacement indicator" asks for nothing to come back:
  // unclassified; agreed: 13. The minutes name the Chairman, Mr. C. Pugsley CC, in items 1 and 12.
  2025: {
    items: 13,
    parts: { noted: 7, requested: 1, agreed: 1, unclassified: 1 },
    declarations: 0,
    deferrals: 0,
    requests: 1,
    followUps: 1,
    unclassified: 1,
    heldBackEffects: 0,
    previousMinutesConfirmed: 1,
    corrections: 0,
    exclusions: 0,
    chairs: 2,
    orderOfBusinessVaried: false,
    futureMeetingDates: 1,
  },
};

const YEARS = Object.keys(EXPECTED).map(Number) as SampleYear[];

function commandsOf<T extends MeetingCommand['type']>(plan: MeetingPlan, type: T): Extract<MeetingCommand, { type: T }>[] {
  return plan.commands
    .map((planned) => planned.command)
    .filter((command): command is Extract<MeetingCommand, { type: T }> => command.type === type);
}

describe.each(YEARS)('the %i minutes page', (year) => {
  const plan = planSample(year);
  const expected = EXPECTED[year];

  it('plans as many items, decisions by kind, declarations, deferrals and requests as the page has', () => {
    const counts = plan.counts;
    const partsByKind = Object.fromEntries(Object.entries(counts.partsByKind).filter(([, count]) => count > 0));
    expect({
      items: counts.items,
      parts: partsByKind,
      declarations: counts.declarations,
      deferrals: counts.deferrals,
      requests: counts.requests,
      followUps: counts.followUps,
      unclassified: counts.unclassified,
      heldBackEffects: counts.heldBackEffects,
      previousMinutesConfirmed: counts.previousMinutesConfirmed,
      corrections: counts.corrections,
      exclusions: counts.exclusions,
      chairs: counts.chairs,
      orderOfBusinessVaried: counts.orderOfBusinessVaried,
      futureMeetingDates: counts.futureMeetingDates,
    }).toEqual(expected);
  });

  it('records every resolution part it reads and an agenda item per item', () => {
    const parts = commandsOf(plan, 'PassResolution').flatMap((command) => command.data.parts);
    expect(parts).toHaveLength(plan.counts.resolutionParts);
    expect(commandsOf(plan, 'AddAgendaItem')).toHaveLength(expected.items);
  });

  it('is accepted by the domain, command by command, on a fresh ledger', () => {
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it('gives every command the lines it came from, within the page', () => {
    for (const planned of plan.commands) {
      expect(planned.lines.from).toBeGreaterThanOrEqual(1);
      expect(planned.lines.to).toBeGreaterThanOrEqual(planned.lines.from);
      expect(planned.lines.to).toBeLessThanOrEqual(plan.document.lineCount);
    }
  });

  it('plans the same commands with the same ids every time', () => {
    expect(planSample(year).commands).toEqual(plan.commands);
  });
});

describe('what the pages say, read closely', () => {
  it('2015: the header gives the venue, the time and the contact officer', () => {
    const { meeting, meetingId } = planSample(2015);
    expect(meetingId).toBe('lscsb-2015-12-10');
    expect(meeting).toMatchObject({
      startsAt: '2015-12-10T14:00:00+00:00',
      location: { kind: 'venue', venue: 'Guthlaxton Committee Room, County Hall, Glenfield' },
      contactOfficer: { name: 'Mr. E. Walters', telephone: '0116 305 6016' },
      dateFrom: 'header',
      lines: { from: 1, to: 9 },
    });
  });

  it('2015: the future meeting dates agreed carry their UK offsets', () => {
    const effect = planSample(2015).effects.find((candidate) => candidate.kind === 'set-future-meeting-dates');
    expect(effect?.effect).toEqual({
      kind: 'set-future-meeting-dates',
      startTimes: ['2016-03-17T10:00:00+00:00', '2016-06-08T10:00:00+01:00', '2016-09-08T10:00:00+01:00', '2016-12-08T10:00:00+00:00'],
    });
  });

  it('2015: resolution fragments without decision wording are kept as minute text; a part of no known kind is recorded unclassified', () => {
    const plan = planSample(2015);
    expect(plan.unclassified.map((passage) => [passage.itemNumber, passage.lines.from, passage.keptAsMinuteText])).toEqual([
      ['5', 66, true],
      ['6', 94, false],
      ['7', 119, true],
    ]);
    const performance = commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '6')!;
    expect(performance.data.parts.map((part) => [part.label, part.kind])).toEqual([
      ['a', 'noted'],
      ['b', 'requested'],
      ['c', 'unclassified'],
    ]);
    const prevent = commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '5');
    expect(prevent?.data.paragraphs).toContain('The update regarding the work of PREVENT in Leicestershire.');
  });

  it("2018: items are cited by their printed minute numbers, agenda numbers kept beside; reports, sizes, the report's author as the minute words it and listed presenters are read", () => {
    const item = commandsOf(planSample(2018), 'AddAgendaItem').find((command) => command.data.item.number === '33')?.data.item;
    expect(item).toEqual({
      number: '33',
      agendaNumber: '5',
      title: 'Health and Wellbeing Board',
      kind: 'report',
      // "The Board considered a report of the Director of Public Health …"
      report: { title: 'Health and Wellbeing Board', sizeKb: 448, author: 'the Director of Public Health' },
      presenter: { name: 'Mike Sandys', role: 'Director of Public Health, Leicestershire County Council' },
    });
  });

  it("2018: the Chairman's interest in agenda item 5 is a declaration; 'No other declarations' is not 'none'", () => {
    const plan = planSample(2018);
    expect(plan.noDeclarations).toBeUndefined();
    expect(commandsOf(plan, 'RecordDeclarationsOfInterest')[0]?.data.declarations).toEqual([
      {
        member: 'The Chairman',
        concerningItemNumber: '33',
        nature: 'personal',
        detail: 'he was a member of the Health and Wellbeing Board',
      },
    ]);
  });

  it('2018: the press and public are excluded for minute 41 under paragraphs 3 and 10, which is marked exempt', () => {
    const plan = planSample(2018);
    expect(commandsOf(plan, 'ExcludePressAndPublic')[0]?.data).toMatchObject({
      itemNumber: '40',
      forItemNumbers: ['41'],
      legalBasis: 'Section 100A of the Local Government Act 1972',
      paragraphs: [3, 10],
    });
    expect(commandsOf(plan, 'AddAgendaItem').find((command) => command.data.item.number === '41')?.data.item.exempt).toEqual({
      paragraphs: [3, 10],
    });
    // The resolution to exclude them is a decision of minute 40, recorded as one.
    expect(
      commandsOf(plan, 'PassResolution')
        .find((command) => command.data.itemNumber === '40')
        ?.data.parts.map((part) => part.kind),
    ).toEqual(['agreed']);
    // The page printed minute 41 publicly: its text is published, though the item is exempt.
    expect(commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '41')?.data.publishedAtSource).toBe(true);
  });

  it('2018: a resolution the page cuts short is recorded as far as it shows, marked truncated at source', () => {
    const plan = planSample(2018);
    expect(commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '33')?.data.parts).toEqual([
      { label: 'a', kind: 'noted', text: 'That the contents of the report be noted;', effects: [], truncatedAtSource: true },
    ]);
    const minute = commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '33')!.data;
    expect(minute.points.map((point) => point.label)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(minute.paragraphs.join(' ')).not.toContain('view the full minutes text');
  });

  it('2019: without a header the date comes from --date, and the plan says what it could not know', () => {
    const plan = planSample(2019);
    expect(plan.meeting).toMatchObject({ date: '2019-06-14', dateFrom: 'option' });
    expect([plan.meeting.startsAt, plan.meeting.location, plan.meeting.contactOfficer]).toEqual([undefined, undefined, undefined]);
    expect(commandsOf(plan, 'ScheduleMeeting')[0]?.data).toEqual({ meetingId: 'lscsb-2019-06-14', bodyId: 'lscsb', heldOn: '2019-06-14' });
    expect(plan.notes.map((note) => note.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('comes from --date'), expect.stringContaining("does not give the meeting's time")]),
    );
  });

  it('2019: the Chairman is elected for 2019/20 and takes the chair from the next item', () => {
    const plan = planSample(2019);
    const election = commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '1')!;
    expect(election.data.parts).toEqual([
      {
        kind: 'elected',
        text: 'It was proposed, seconded, and AGREED that Mr I.D. Ould OBE CC be elected Chairman of the Board for 2019/20.',
        effects: [{ kind: 'elect-officeholder', office: 'chair', term: '2019/20', holder: 'Mr I.D. Ould OBE CC' }],
      },
    ]);
    expect(plan.commands.find((planned) => planned.command === election)?.lines).toEqual({ from: 4, to: 4 });
    expect(commandsOf(plan, 'RecordMeetingChair')[0]?.data).toMatchObject({ chair: 'Mr. I. D. Ould OBE CC', fromItemNumber: '2' });
  });

  it('2019: the deputy chair election is deferred to the next meeting, leaving the office vacant', () => {
    const deferral = commandsOf(planSample(2019), 'PassResolution').find((command) => command.data.itemNumber === '2')!;
    expect(deferral.data.parts[0]).toMatchObject({
      kind: 'deferred',
      effects: [
        { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2019/20', reason: 'No nominations were received' },
        { kind: 'defer-item', subject: 'Election of Deputy Chairman for 2019/20', due: { kind: 'next-meeting' } },
      ],
    });
  });

  it("2019: agenda numbers come from the reports' citations, and the order taken is recorded", () => {
    const plan = planSample(2019);
    expect(commandsOf(plan, 'VaryOrderOfBusiness')[0]?.data.order).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '12',
      '7',
      '8',
      '9',
      '10',
      '11',
      '13',
      '14',
      '15',
      '16',
    ]);
    const titles = Object.fromEntries(
      commandsOf(plan, 'AddAgendaItem').map((command) => [command.data.item.number, command.data.item.title]),
    );
    expect(titles).toMatchObject({
      '3': 'Introductions',
      '7': 'LSCSB Performance Update - Quarter 4',
      '8': 'Strategic Partnership Board Update',
      '12': 'Child Sexual Exploitation and Child Criminal Exploitation',
      '16': 'Dates of future meetings',
    });
  });

  it('2019: requested presentations and reports are due when the minutes say', () => {
    const requests = planSample(2019)
      .effects.filter((effect) => effect.kind === 'request-follow-up')
      .map((effect) => effect.effect);
    expect(requests).toEqual([
      {
        kind: 'request-follow-up',
        request: 'presentation',
        subject: 'The work Community Safety Partnerships were undertaking with partners to tackle serious violence',
        askedOf: 'officers',
        due: { kind: 'a-future-meeting' },
      },
      {
        kind: 'request-follow-up',
        request: 'presentation',
        subject: 'The Hinckley and Bosworth Endeavour work',
        due: { kind: 'a-future-meeting' },
      },
      {
        kind: 'request-follow-up',
        request: 'report',
        subject: 'Probation developments',
        askedOf: 'officers',
        due: { kind: 'meeting-in-month', month: '2019-12' },
      },
      {
        kind: 'request-follow-up',
        request: 'presentation',
        subject: 'The new prison at the site of the former HMP/YOI Glen Parva',
        askedOf: 'officers',
        due: { kind: 'meeting-in-month', month: '2019-12' },
      },
    ]);
  });

  it('2023: Rutland is admitted and the board renamed by item 6(a); the adoption of the terms of reference is held back', () => {
    const plan = planSample(2023);
    const item6 = commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '6')!;
    expect(item6.data.parts.map((part) => [part.label, part.kind, part.effects])).toEqual([
      [
        'a',
        'approved',
        [
          { kind: 'admit-member-organisation', organisationId: 'rutland-county-council', organisationName: 'Rutland County Council' },
          { kind: 'rename-body', name: 'The Leicestershire and Rutland Safer Communities Strategy Board', shortName: 'LRSCSB' },
        ],
      ],
      ['b', 'approved-subject-to-amendment', []],
    ]);
    expect(plan.commands.find((planned) => planned.command === item6)?.lines).toEqual({ from: 81, to: 84 });
    // "the proposed new Terms of Reference … be approved, subject to the amendment …" adopts the amended draft; nothing in force is amended.
    expect(plan.effects.filter((effect) => effect.status === 'held-back').map((effect) => effect.kind)).toEqual([
      'adopt-terms-of-reference',
    ]);
  });

  it('2023: the June minutes are confirmed with the correction of minute 11(iii)', () => {
    expect(commandsOf(planSample(2023), 'ConfirmPreviousMinutes')[0]?.data).toMatchObject({
      itemNumber: '2',
      previousMeetingId: 'lscsb-2023-06-30',
      previousMeetingHeldOn: '2023-06-30',
      corrections: [
        {
          itemNumber: '11',
          point: 'iii',
          correctedText: 'The whole family relationship service would be provided by Family Lives not the Teen Health Service.',
        },
      ],
    });
  });

  it('2023: an online meeting on Microsoft Teams, and the Prevent presentation deferred to a future meeting', () => {
    const plan = planSample(2023);
    expect(plan.meeting.location).toEqual({ kind: 'online', platform: 'Microsoft Teams' });
    expect(plan.effects.find((effect) => effect.kind === 'defer-item')?.effect).toEqual({
      kind: 'defer-item',
      subject: 'The presentation on the Prevent Duty guidance refresh',
      due: { kind: 'a-future-meeting' },
    });
  });

  it('2025: the contact officer has an email address, and officers asked to do something that does not come back is unclassified', () => {
    const plan = planSample(2025);
    expect(plan.meeting.contactOfficer).toEqual({ name: 'Euan Walters', telephone: '0116 305 2583', email: 'euan.walters@leics.gov.uk' });
    const item11 = plan.items.find((item) => item.number === '11')!;
    expect(item11.resolution?.parts.map((part) => [part.label, part.kind, part.effects.length])).toEqual([
      ['a', 'noted', 0],
      ['b', 'unclassified', 0],
    ]);
  });

  it('2023: who presented comes from the minutes, beside whom the agenda listed', () => {
    const items = Object.fromEntries(planSample(2023).items.map((item) => [item.number, item]));
    const people = (number: string) => ({
      listed: items[number]!.presenter?.name,
      presentedBy: items[number]!.presentedBy?.map((person) => person.name),
      unableToAttend: items[number]!.unableToAttend?.map((person) => person.name),
    });
    expect(people('11')).toEqual({ listed: 'Grace Strong', presentedBy: ['Millicent Gant'], unableToAttend: [] });
    expect(people('8')).toEqual({ listed: 'Sajan Devshi', presentedBy: ['Claire Trewartha'], unableToAttend: [] });
    expect(people('12')).toEqual({ listed: 'Ian Stubbs', presentedBy: [], unableToAttend: ['Ian Stubbs'] });
    // "The Board considered a report of Rik Basra": the report's author, not a presenter.
    expect(people('7')).toEqual({ listed: 'Rik Basra', presentedBy: undefined, unableToAttend: undefined });
  });

  it('2025: the presentation on Prevent was given by Anita Chavda, and the minutes name the Chairman', () => {
    const plan = planSample(2025);
    expect(plan.items.find((item) => item.number === '9')?.presentedBy?.map((person) => person.name)).toEqual([
      'Anita Chavda',
      'Gurjit Samra-Rai',
    ]);
    expect(commandsOf(plan, 'RecordMeetingChair').map((command) => [command.data.chair, command.data.itemNumber])).toEqual([
      ['Mr. C. Pugsley CC', '1'],
      ['Mr. C. Pugsley CC', '12'],
    ]);
    expect(commandsOf(plan, 'RecordMeetingChair')[0]?.data.wording).toBe(
      'The Chairman Mr. C. Pugsley CC introduced himself as the new Cabinet Lead Member for Community Safety at Leicestershire County Council and welcomed everyone to the meeting.',
    );
  });
});
