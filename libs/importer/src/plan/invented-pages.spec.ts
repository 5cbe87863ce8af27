import type { MeetingCommand } from '@ledger/domain';
import { MinutesFormatError } from '../errors';
import {
  NUMBERED_PAGE,
  UNNUMBERED_PAGE,
  withCurlyQuotes,
  withExtraBlankLines,
  withNonBreakingSpaces,
  withRaggedSpacing,
  withWindowsLineEndings,
} from '../testing/invented-pages';
import { planText } from '../testing/sample-minutes';
import type { MeetingPlan } from './import-plan';

const commandsOf = <T extends MeetingCommand['type']>(plan: MeetingPlan, type: T) =>
  plan.commands
    .map((planned) => planned.command)
    .filter((command): command is Extract<MeetingCommand, { type: T }> => command.type === type);

describe('a numbered page of another board', () => {
  const plan = planText(NUMBERED_PAGE, { bodyId: 'wcsp' });

  it('reads the header: another venue, an evening meeting, a contact with telephone and email', () => {
    expect(plan.meetingId).toBe('wcsp-2023-03-07');
    expect(plan.meeting).toMatchObject({
      startsAt: '2023-03-07T18:30:00+00:00',
      location: { kind: 'venue', venue: 'Council Chamber, Westmere Town Hall' },
      contactOfficer: { name: 'Jane Doe', telephone: '01632 960001', email: 'jdoe@westmere.example' },
    });
  });

  it('reads each item: kind, paper size in megabytes, presenter, points', () => {
    expect(plan.items.map((item) => [item.number, item.kind])).toEqual([
      ['1', 'apologies'],
      ['2', 'declarations-of-interest'],
      ['3', 'election-of-officeholder'],
      ['4', 'report'],
      ['5', 'report'],
      ['6', 'date-of-next-meeting'],
    ]);
    expect(plan.items[3]).toMatchObject({
      title: 'Anti-social Behaviour',
      report: { title: 'Anti-social Behaviour', sizeKb: 1536 },
      presenter: { name: 'Sam Lee', role: 'Community Safety Officer' },
      minute: { points: ['i', 'ii'] },
    });
    expect(plan.items[4]?.kindAssumed).toBe(true);
  });

  it('reads a declaration by a "Cllr." with its reason', () => {
    expect(commandsOf(plan, 'RecordDeclarationsOfInterest')[0]?.data.declarations).toEqual([
      { member: 'Cllr. J. Smith', concerningItemNumber: '4', nature: 'personal', detail: 'a trustee of a local youth charity' },
    ]);
  });

  it('reads "RESOLVED –", "RESOLVED:" and "RESOLVED -" alike, with the resolution on the same line or after', () => {
    const resolutions = commandsOf(plan, 'PassResolution').map((command) => [command.data.itemNumber, command.data.parts]);
    expect(resolutions).toEqual([
      [
        '3',
        [
          {
            kind: 'elected',
            text: 'That Cllr. A. Brown be elected Chairman of the Partnership for 2023/24.',
            effects: [{ kind: 'elect-officeholder', office: 'chair', term: '2023/24', holder: 'Cllr. A. Brown' }],
          },
        ],
      ],
      [
        '4',
        [
          { label: 'a', kind: 'noted', text: 'That the report be noted;', effects: [] },
          {
            label: 'b',
            kind: 'requested',
            text: 'That a further report on patrols be brought to the next meeting of the Partnership.',
            effects: [{ kind: 'request-follow-up', request: 'report', subject: 'Patrols', due: { kind: 'next-meeting' } }],
          },
        ],
      ],
      [
        '5',
        [
          {
            kind: 'approved',
            text: 'That the proposal be approved and the name of the Partnership be changed to "Westmere Safer Communities Partnership".',
            effects: [{ kind: 'rename-body', name: 'Westmere Safer Communities Partnership', shortName: 'WSCP' }],
          },
        ],
      ],
      [
        '6',
        [
          {
            kind: 'agreed',
            text: 'That the next meeting take place on Tuesday 6 June 2023 at 6.30 pm.',
            effects: [{ kind: 'set-future-meeting-dates', startTimes: ['2023-06-06T18:30:00+01:00'] }],
          },
        ],
      ],
    ]);
  });

  it('is accepted by the domain', () => {
    expect(plan.domainCheck.refusals).toEqual([]);
    expect(plan.unclassified).toEqual([]);
  });
});

describe('an unnumbered page without RESOLVED labels', () => {
  const plan = planText(UNNUMBERED_PAGE, { bodyId: 'ecsp' });

  it('finds the untitled opening item, the titles, and the item after a resolution', () => {
    expect(plan.items.map((item) => [item.number, item.title, item.kind])).toEqual([
      ['1', 'Introductions', 'introductions'],
      ['2', 'Minutes of previous meeting', 'minutes-of-previous-meeting'],
      ['3', 'Declarations of interest', 'declarations-of-interest'],
      ['4', 'Town Centre Patrols', 'report'],
      ['5', 'Exclusion of the press and public', 'exclusion-of-press-and-public'],
      ['6', 'Staffing matter', 'report'],
    ]);
    expect(plan.items[3]?.presenter).toEqual({ name: 'Cllr. R. Green' });
  });

  it('reads a correction "subject to the amendment of minute 6 to read …"', () => {
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')[0]?.data).toMatchObject({
      previousMeetingId: 'ecsp-2017-07-05',
      corrections: [{ itemNumber: '6', correctedText: 'The Partnership noted the town centre patrols.' }],
    });
  });

  it('records (a), and (b) as an unclassified part: its wording settles no kind', () => {
    expect(commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '4')?.data.parts).toEqual([
      { label: 'a', kind: 'noted', text: 'That the report be noted.', effects: [] },
      { label: 'b', kind: 'unclassified', text: 'That the Partnership continued its support for the patrols.', effects: [] },
    ]);
    expect(commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '4')?.data.paragraphs).not.toContain(
      'That the Partnership continued its support for the patrols.',
    );
    expect(plan.unclassified).toEqual([
      expect.objectContaining({
        itemNumber: '4',
        reason: 'no wording of a recognised kind of decision; recorded as an unclassified part',
        keptAsMinuteText: false,
      }),
    ]);
  });

  it('excludes the press and public for the next item under paragraph 1, which becomes exempt', () => {
    expect(commandsOf(plan, 'ExcludePressAndPublic')[0]?.data).toMatchObject({ itemNumber: '5', forItemNumbers: ['6'], paragraphs: [1] });
    expect(plan.items[5]?.exempt).toEqual({ paragraphs: [1] });
    expect(plan.domainCheck.refusals).toEqual([]);
  });
});

describe.each([
  ['Windows line endings', withWindowsLineEndings],
  ['non-breaking spaces', withNonBreakingSpaces],
  ['extra blank lines', withExtraBlankLines],
  ['curly quotes and en dashes', withCurlyQuotes],
  ['ragged spacing', withRaggedSpacing],
])('the same pages with %s', (_variation, vary) => {
  it.each([
    ['numbered', NUMBERED_PAGE],
    ['unnumbered', UNNUMBERED_PAGE],
  ])('plan the same decisions from the %s page', (_layout, page) => {
    const original = planText(page);
    const varied = planText(vary(page));
    expect(varied.counts).toEqual(original.counts);
    expect(varied.meeting).toMatchObject({ startsAt: original.meeting.startsAt, location: original.meeting.location });
    const decisions = (plan: MeetingPlan) =>
      commandsOf(plan, 'PassResolution').map((command) => command.data.parts.map((part) => [part.label, part.kind, part.effects]));
    expect(decisions(varied)).toEqual(decisions(original));
    expect(varied.items.map((item) => [item.number, item.title, item.kind])).toEqual(
      original.items.map((item) => [item.number, item.title, item.kind]),
    );
  });
});

describe('Windows line endings and non-breaking spaces change nothing at all', () => {
  it.each([NUMBERED_PAGE, UNNUMBERED_PAGE])('the commands, their ids and their lines are the same', (page) => {
    const original = planText(page);
    for (const varied of [planText(withWindowsLineEndings(page)), planText(withNonBreakingSpaces(page))]) {
      expect(varied.commands.map(({ commandId, command, lines }) => ({ commandId, command, lines }))).toEqual(
        original.commands.map(({ commandId, command, lines }) => ({ commandId, command, lines })),
      );
    }
  });
});

describe('honest about what it cannot read', () => {
  const page = (resolution: string) =>
    NUMBERED_PAGE.replace(
      'RESOLVED: That the proposal be approved and the name of the Partnership be changed to "Westmere Safer Communities Partnership".',
      resolution,
    );

  it.each([
    [
      'no decision wording',
      'RESOLVED: That the Partnership continued to monitor the position.',
      'no wording of a recognised kind of decision',
    ],
    [
      'wording of two kinds',
      'RESOLVED: That the report be noted and the recommendations be approved.',
      'wording of more than one kind of decision (approved, noted)',
    ],
    [
      'an election without a term',
      'RESOLVED: That Cllr. B. White be elected Vice-Chairman.',
      'worded as elected, but it elects someone, but does not say for which municipal year',
    ],
  ])('records a part with %s as unclassified, with no effect, and lists it', (_case, resolution, reason) => {
    const plan = planText(page(resolution));
    expect(plan.unclassified).toEqual([
      expect.objectContaining({ itemNumber: '5', reason: `${reason}; recorded as an unclassified part`, keptAsMinuteText: false }),
    ]);
    expect(commandsOf(plan, 'PassResolution').find((command) => command.data.itemNumber === '5')?.data.parts).toEqual([
      { kind: 'unclassified', text: resolution.slice('RESOLVED: '.length), effects: [] },
    ]);
    expect(plan.effects.filter((effect) => effect.itemNumber === '5')).toEqual([]);
  });

  it('keeps points printed out of sequence as paragraphs, and says so', () => {
    const plan = planText(NUMBERED_PAGE.replace('(ii) Patrols', '(iii) Patrols'));
    const minute = commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '4')!.data;
    expect(minute.points).toEqual([]);
    expect(minute.paragraphs).toContain('(iii) Patrols would continue over the summer.');
    expect(plan.notes.map((note) => note.message)).toContain(
      'item 4: the points are not numbered (i), (ii) … in sequence; they are kept as paragraphs',
    );
    expect(plan.domainCheck.refusals).toEqual([]);
  });

  it("keeps points printed under a lettered paragraph that introduces them with that paragraph, not as the minute's points", () => {
    const plan = planText(
      NUMBERED_PAGE.replace(
        '(ii) Patrols would continue over the summer.',
        '(ii) Patrols would continue over the summer.\n\n(a) Members asked that future reports cover:\n\n(i) the number of patrols;\n\n(ii) the hours they covered.',
      ),
    );
    const minute = commandsOf(plan, 'RecordMinuteText').find((command) => command.data.itemNumber === '4')!.data;
    expect(minute.points.map((point) => point.label)).toEqual(['i', 'ii']);
    expect(minute.paragraphs).toEqual(expect.arrayContaining(['(i) the number of patrols;', '(ii) the hours they covered.']));
  });

  it('records a declaration that does not say what kind of interest it is as not stated, never guessed', () => {
    const plan = planText(NUMBERED_PAGE.replace('declared a personal interest', 'declared an interest'));
    expect(commandsOf(plan, 'RecordDeclarationsOfInterest')[0]?.data.declarations).toEqual([
      { member: 'Cllr. J. Smith', concerningItemNumber: '4', nature: 'not-stated', detail: 'a trustee of a local youth charity' },
    ]);
  });

  it('does not record a confirmation whose correction it cannot read', () => {
    const plan = planText(
      UNNUMBERED_PAGE.replace(
        "subject to the amendment of minute 6 to read 'The Partnership noted the town centre patrols'",
        'subject to an amendment about attendance',
      ),
    );
    expect(commandsOf(plan, 'ConfirmPreviousMinutes')).toEqual([]);
    expect(plan.unclassified.map((passage) => passage.reason)).toContain(
      'the minutes were confirmed with a correction the importer cannot read, so the confirmation is not recorded',
    );
  });

  it('reads an online meeting on Zoom', () => {
    const plan = planText(NUMBERED_PAGE.replace('Venue: Council Chamber, Westmere Town Hall', 'Venue: Virtual meeting via Zoom'));
    expect(plan.meeting.location).toEqual({ kind: 'online', platform: 'Virtual meeting via Zoom' });
  });

  it('puts the time of a meeting in summer in British Summer Time', () => {
    const plan = planText(NUMBERED_PAGE.replace('Tuesday, 7 March 2023 6.30 pm', 'Tuesday, 4 July 2023 6.30 pm'));
    expect(plan.meeting.startsAt).toBe('2023-07-04T18:30:00+01:00');
  });
});

describe('malformed pages', () => {
  const formatError = (text: string) => {
    try {
      planText(text, { date: '2020-01-01' });
    } catch (error) {
      if (error instanceof MinutesFormatError) return { code: error.code, line: error.line };
      throw error;
    }
    throw new Error('expected the page to be refused');
  };

  it.each([
    ['an empty document', '', { code: 'EMPTY_DOCUMENT', line: 1 }],
    ['only blank lines and spaces', '\n  \n\u00a0\r\n\t\n', { code: 'EMPTY_DOCUMENT', line: 1 }],
    ['binary content', 'Minutes\n\nItem\u0000\u0001\u0002', { code: 'NOT_TEXT', line: 3 }],
    [
      'prose with no items',
      'The quick brown fox jumped over the lazy dog, which was not amused.\n\nIt went home.',
      { code: 'NO_ITEMS', line: 1 },
    ],
    [
      'a header and nothing else',
      'Agenda and minutes\n\nThe Board - Monday, 1 June 2020 10.00 am\n\nVenue: Town Hall\n',
      { code: 'NO_ITEMS', line: 5 },
    ],
    [
      'a date that does not exist',
      NUMBERED_PAGE.replace('Tuesday, 7 March 2023', 'Tuesday, 31 February 2023'),
      { code: 'INVALID_HEADER_DATE', line: 3 },
    ],
    ['item numbers going backwards', NUMBERED_PAGE.replace('\n4.\n', '\n2.\n'), { code: 'ITEM_NUMBERS_OUT_OF_ORDER', line: 36 }],
    ["an item's page with nothing but its list of papers", 'Supporting documents:', { code: 'NO_ITEMS', line: 1 }],
    [
      "an issue's page naming a meeting but showing nothing of its item",
      'Issue - meetings\n\nParking Charges Review\n\nMeeting: 15/11/2023 - Council (Item 49)\n',
      { code: 'NO_ITEMS', line: 5 },
    ],
  ])('refuses %s with a typed error and the line', (_case, text, expected) => {
    expect(formatError(text)).toEqual(expected);
  });
});

describe('a numbered page that prints each number on its title line', () => {
  it('plans the same items and decisions as the page with numbers on lines of their own', () => {
    const inline = NUMBERED_PAGE.replace(/\n(\d+)\.\n\n/g, '\n$1. ');
    const original = planText(NUMBERED_PAGE);
    const varied = planText(inline);
    expect(varied.items.map((item) => [item.number, item.title, item.kind])).toEqual(
      original.items.map((item) => [item.number, item.title, item.kind]),
    );
    expect(varied.counts).toEqual(original.counts);
    expect(varied.commands.map((planned) => planned.command)).toEqual(original.commands.map((planned) => planned.command));
  });

  it('cites items by the minute numbers the page prints, keeping the agenda numbers beside them', () => {
    const inline = NUMBERED_PAGE.replace(/\n(\d+)\.\n\n/g, (_line, number: string) => `\n${Number(number) + 40}. `);
    expect(planText(inline).items.map((item) => [item.number, item.agendaNumber])).toEqual([
      ['41', '1'],
      ['42', '2'],
      ['43', '3'],
      ['44', '4'],
      ['45', '5'],
      ['46', '6'],
    ]);
  });
});
