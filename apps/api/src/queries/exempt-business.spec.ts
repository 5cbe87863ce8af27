/**
 * What the public reads of exempt business (Schedule 12A) through the two ways round the items list:
 * a decision link's part text, and the corrections made when a later meeting confirms the minutes.
 * The read models are real meeting states, folded from the events the domain decides, on an invented
 * "test-board".
 */
import { PUBLIC_CALLER, type Caller } from '@ledger/auth';
import { isConfidentialBusiness, isConfidentialText, type DomainCommand, type MeetingCommand, type MeetingState } from '@ledger/domain';
import { InMemoryLedger } from '@ledger/domain/testing/in-memory-ledger';
import { LoaderFactory } from '../read-models/loaders';
import type { ReadModelRepository } from '../read-models/read-model.repository';
import { correctsConfidentialMinute, toMeeting } from '../meeting/meeting-view';
import { MeetingResolver } from '../meeting/meeting.resolver';
import { asScheduled } from '../meeting/meeting-page';
import { ItemOrderValue, type Meeting } from '../meeting/meeting.model';
import { DecisionLinkResolver } from '../shared/decision-link.resolver';
import type { QueryContext } from '../shared/query-context';

const BODY = 'test-board';
const JANUARY = `${BODY}-2024-01-10`;
const MARCH = `${BODY}-2024-03-06`;

// The exempt texts: none of them may reach the public, by any field.
const EXEMPT_MINUTE = 'The Board considered an offer of £1.2m from Acme Holdings for the Mill Lane depot.';
const EXEMPT_POINT = 'The district valuer put the site at £1.5m.';
const EXEMPT_RESOLUTION = 'That the offer from Acme Holdings be accepted, subject to contract.';
// "£1.5m" should read "£1.45m": the words replaced are quoted from the exempt minute.
const EXEMPT_CORRECTION = '£1.45m';
const EXEMPT_WORDS = '£1.5m';
const EXEMPTS = [EXEMPT_MINUTE, EXEMPT_POINT, EXEMPT_RESOLUTION, EXEMPT_CORRECTION, EXEMPT_WORDS];

const PUBLIC_MINUTE = 'The Board considered the parks strategy.';
const PUBLIC_RESOLUTION = 'That the parks strategy be approved.';
const PUBLIC_CORRECTION = 'The Board considered the parks and open spaces strategy.';
const PUBLISHED_RESOLUTION = 'That the Mill Lane depot be declared surplus to requirements.';
const PUBLISHED_MINUTE = 'The Board noted that the depot had stood empty since 2021.';
const ATTENDANCE_CORRECTION = 'Councillor Jane Doe was present, not absent.';
/** The corrections March states: to public minute 5, and to exempt minute 48(i). */
const STATED_CORRECTIONS = [
  { itemNumber: '5', correctedText: PUBLIC_CORRECTION },
  { itemNumber: '48', point: 'i', correctedText: EXEMPT_CORRECTION, replacedText: EXEMPT_WORDS },
];

const callers = {
  'a member': { id: 'member-1', role: 'member' },
  'a clerk': { id: 'clerk-1', role: 'clerk', bodies: [BODY] },
  'an auditor': { id: 'auditor-1', role: 'auditor' },
  'an admin': { id: 'admin-1', role: 'admin' },
} satisfies Record<string, Caller>;
const everyoneButThePublic = Object.entries(callers);

const at = (meetingId: string) => ({ meetingId, recordedAt: `${meetingId.slice(BODY.length + 1)}T12:00:00Z` });

/**
 * 10 January: item 5 (public), item 7 excludes the press and public for items 8 and 9. Item 8's minute
 * and resolution are exempt; item 9's resolution was printed on the public minutes page all the same.
 */
function january(): MeetingCommand[] {
  return [
    { type: 'ScheduleMeeting', data: { meetingId: JANUARY, bodyId: BODY, startsAt: '2024-01-10T10:00:00Z' } },
    { type: 'AddAgendaItem', data: { meetingId: JANUARY, item: { number: '5', title: 'Parks Strategy', kind: 'report' } } },
    {
      type: 'AddAgendaItem',
      data: {
        meetingId: JANUARY,
        item: { number: '7', title: 'Exclusion of the press and public', kind: 'exclusion-of-press-and-public' },
      },
    },
    {
      type: 'AddAgendaItem',
      data: { meetingId: JANUARY, item: { number: '8', minuteNumber: '48', title: 'Mill Lane depot', kind: 'report' } },
    },
    { type: 'AddAgendaItem', data: { meetingId: JANUARY, item: { number: '9', title: 'Mill Lane depot: surplus land', kind: 'report' } } },
    {
      type: 'ExcludePressAndPublic',
      data: {
        ...at(JANUARY),
        itemNumber: '7',
        forItemNumbers: ['8', '9'],
        legalBasis: 'Local Government Act 1972, section 100A(4)',
        paragraphs: [3],
      },
    },
    { type: 'RecordMinuteText', data: { ...at(JANUARY), itemNumber: '5', paragraphs: [PUBLIC_MINUTE], points: [] } },
    {
      type: 'PassResolution',
      data: { ...at(JANUARY), itemNumber: '5', parts: [{ kind: 'approved', text: PUBLIC_RESOLUTION, effects: [] }] },
    },
    {
      type: 'RecordMinuteText',
      data: { ...at(JANUARY), itemNumber: '8', paragraphs: [EXEMPT_MINUTE], points: [{ label: 'i', text: EXEMPT_POINT }] },
    },
    {
      type: 'PassResolution',
      data: { ...at(JANUARY), itemNumber: '8', parts: [{ label: 'a', kind: 'agreed', text: EXEMPT_RESOLUTION, effects: [] }] },
    },
    {
      type: 'PassResolution',
      data: {
        ...at(JANUARY),
        itemNumber: '9',
        parts: [{ label: 'a', kind: 'agreed', text: PUBLISHED_RESOLUTION, effects: [] }],
        publishedAtSource: true,
      },
    },
    {
      type: 'RecordMinuteText',
      data: { ...at(JANUARY), itemNumber: '9', paragraphs: [PUBLISHED_MINUTE], points: [], publishedAtSource: true },
    },
  ];
}

/** 6 March confirms January's minutes with a correction to minute 5 and one to exempt minute 48(i) (item 8). */
function march(confirmingItem: { number: string; exempt: boolean }, attendance = true): MeetingCommand[] {
  return [
    { type: 'ScheduleMeeting', data: { meetingId: MARCH, bodyId: BODY, startsAt: '2024-03-06T10:00:00Z' } },
    ...(confirmingItem.exempt
      ? ([
          {
            type: 'AddAgendaItem',
            data: {
              meetingId: MARCH,
              item: { number: '9', title: 'Exclusion of the press and public', kind: 'exclusion-of-press-and-public' },
            },
          },
          {
            type: 'AddAgendaItem',
            data: {
              meetingId: MARCH,
              item: { number: confirmingItem.number, title: 'Exempt minutes of the previous meeting', kind: 'minutes-of-previous-meeting' },
            },
          },
          {
            type: 'ExcludePressAndPublic',
            data: {
              ...at(MARCH),
              itemNumber: '9',
              forItemNumbers: [confirmingItem.number],
              legalBasis: 'Local Government Act 1972, section 100A(4)',
              paragraphs: [3],
            },
          },
        ] satisfies MeetingCommand[])
      : ([
          {
            type: 'AddAgendaItem',
            data: {
              meetingId: MARCH,
              item: { number: confirmingItem.number, title: 'Minutes of the previous meeting', kind: 'minutes-of-previous-meeting' },
            },
          },
        ] satisfies MeetingCommand[])),
    {
      type: 'ConfirmPreviousMinutes',
      data: {
        ...at(MARCH),
        itemNumber: confirmingItem.number,
        previousMeetingId: JANUARY,
        previousMeetingHeldOn: '2024-01-10',
        corrections: STATED_CORRECTIONS,
        ...(attendance && { attendanceCorrections: [ATTENDANCE_CORRECTION] }),
      },
    },
  ];
}

/** The meeting read models after the commands, with the confirmation landed on January as the process manager lands it. */
function readModels(commands: MeetingCommand[], recorded = [JANUARY, MARCH]): ReadModelRepository {
  const ledger = new InMemoryLedger();
  for (const command of commands) ledger.executeWithEffects(command as DomainCommand);
  const meetings = new Map(recorded.map((id) => [id, ledger.stateOf<MeetingState>(`meeting-${id}`)]));
  return {
    meetings: async (ids: readonly string[]) => new Map(ids.filter((id) => meetings.has(id)).map((id) => [id, meetings.get(id)!])),
    bodies: async () => new Map(),
  } as unknown as ReadModelRepository;
}

const contextOf = (caller: Caller): QueryContext => ({ correlationId: 'exempt-business-spec', caller });

async function meetingOf(repository: ReadModelRepository, meetingId: string): Promise<Meeting> {
  return toMeeting(asScheduled((await repository.meetings([meetingId])).get(meetingId))!);
}

const expectNoExemptText = (view: unknown) => {
  const text = JSON.stringify(view);
  for (const exempt of EXEMPTS) expect(text).not.toContain(exempt);
};

describe('exempt business, read through a decision link', () => {
  const repository = readModels(january());
  const resolver = new DecisionLinkResolver(new LoaderFactory(repository));
  const exemptDecision = { meetingId: JANUARY, itemNumber: '8', part: 'a' };

  it('gives the public no text for a part of an exempt resolution', async () => {
    await expect(resolver.partText(exemptDecision, contextOf(PUBLIC_CALLER))).resolves.toBeUndefined();
  });

  it.each(everyoneButThePublic)('gives %s the text of a part of an exempt resolution', async (_, caller) => {
    await expect(resolver.partText(exemptDecision, contextOf(caller))).resolves.toBe(EXEMPT_RESOLUTION);
  });

  it('still gives the public what the published agenda shows of it: the item title and the kind of decision', async () => {
    await expect(resolver.itemTitle(exemptDecision, contextOf(PUBLIC_CALLER))).resolves.toBe('Mill Lane depot');
    await expect(resolver.kind(exemptDecision, contextOf(PUBLIC_CALLER))).resolves.toBe('agreed');
  });

  it('gives the public the text of a public decision', async () => {
    await expect(resolver.partText({ meetingId: JANUARY, itemNumber: '5' }, contextOf(PUBLIC_CALLER))).resolves.toBe(PUBLIC_RESOLUTION);
  });

  it("gives the public the text of an exempt item's resolution its source had already published", async () => {
    await expect(resolver.partText({ meetingId: JANUARY, itemNumber: '9', part: 'a' }, contextOf(PUBLIC_CALLER))).resolves.toBe(
      PUBLISHED_RESOLUTION,
    );
  });

  it('gives the public no exempt text through the meeting it links to', async () => {
    const meeting = await resolver.meeting(exemptDecision, contextOf(PUBLIC_CALLER));
    const meetings = new MeetingResolver(undefined as never, repository, new LoaderFactory(repository), undefined as never);
    expectNoExemptText(meetings.items(meeting!, ItemOrderValue.AGENDA, contextOf(PUBLIC_CALLER)));
  });
});

describe.each([
  [
    'confirmed in public (item 2), with a correction to an exempt minute',
    { number: '2', exempt: false },
    'the confirmation, with the correction to the public minute only',
  ],
  ['confirmed in private (exempt item 10)', { number: '10', exempt: true }, 'nothing of the confirmation'],
])('the corrections to an exempt minute, when its minutes are %s', (_, confirmingItem, publicSees) => {
  const repository = readModels([...january(), ...march(confirmingItem)]);
  const resolverFor = () => new MeetingResolver(undefined as never, repository, new LoaderFactory(repository), undefined as never);

  describe('on the corrected meeting (minutesConfirmation)', () => {
    it('leaves out, for the public, the corrections to the exempt minute, keeping those to public ones', async () => {
      const confirmation = resolverFor().minutesConfirmation(await meetingOf(repository, JANUARY), contextOf(PUBLIC_CALLER));
      expect(confirmation.confirmed).toBe(true);
      expect(confirmation.corrections.map((correction) => [correction.itemNumber, correction.correctedText])).toEqual([
        ['5', PUBLIC_CORRECTION],
      ]);
      expectNoExemptText(confirmation);
    });

    it('says of the meeting that confirmed them, whose own minutes no later meeting has confirmed, that they are not confirmed', async () => {
      const confirmation = resolverFor().minutesConfirmation(await meetingOf(repository, MARCH), contextOf(PUBLIC_CALLER));
      expect(confirmation).toMatchObject({ confirmed: false, confirmedAtMeetingId: undefined, corrections: [] });
    });

    it.each(everyoneButThePublic)('gives %s the corrections to the exempt minute, with its original text', async (__, caller) => {
      const confirmation = resolverFor().minutesConfirmation(await meetingOf(repository, JANUARY), contextOf(caller));
      expect(
        confirmation.corrections.map((correction) => [
          correction.itemNumber,
          correction.point ?? null,
          correction.originalText,
          correction.correctedText,
        ]),
      ).toEqual([
        ['5', null, PUBLIC_MINUTE, PUBLIC_CORRECTION],
        ['8', 'i', EXEMPT_POINT, EXEMPT_CORRECTION],
      ]);
    });

    it('shows the public neither the exempt minute nor its corrections among the items', async () => {
      const items = resolverFor().items(await meetingOf(repository, JANUARY), ItemOrderValue.AGENDA, contextOf(PUBLIC_CALLER));
      expect(items.find((item) => item.number === '8')).toMatchObject({ exempt: true, minute: undefined, resolution: [] });
      expect(items.find((item) => item.number === '5')?.minute?.corrections).toHaveLength(1);
      expectNoExemptText(items);
    });

    it('shows a member the exempt minute as corrected, and the exempt resolution', async () => {
      const items = resolverFor().items(await meetingOf(repository, JANUARY), ItemOrderValue.AGENDA, contextOf(callers['a member']));
      expect(items.find((item) => item.number === '8')?.minute?.points).toEqual([
        { label: 'i', text: 'The district valuer put the site at £1.45m.', originalText: EXEMPT_POINT },
      ]);
      expect(items.find((item) => item.number === '8')?.resolution.map((part) => part.text)).toEqual([EXEMPT_RESOLUTION]);
    });

    it('shows the public the minute and resolution of an exempt item that its source had printed', async () => {
      const items = resolverFor().items(await meetingOf(repository, JANUARY), ItemOrderValue.AGENDA, contextOf(PUBLIC_CALLER));
      expect(items.find((item) => item.number === '9')?.minute?.paragraphs).toEqual([PUBLISHED_MINUTE]);
      expect(items.find((item) => item.number === '9')?.resolution.map((part) => part.text)).toEqual([PUBLISHED_RESOLUTION]);
    });
  });

  describe('on the confirming meeting (confirmationsGiven)', () => {
    it(`gives the public ${publicSees}`, async () => {
      const given = await resolverFor().confirmationsGiven(await meetingOf(repository, MARCH), contextOf(PUBLIC_CALLER));
      expectNoExemptText(given);
      expect(given).toEqual(
        confirmingItem.exempt
          ? []
          : [
              {
                itemNumber: '2',
                previousMeetingId: JANUARY,
                previousMeetingHeldOn: '2024-01-10',
                corrections: [{ itemNumber: '5', correctedText: PUBLIC_CORRECTION }],
                attendanceCorrections: [ATTENDANCE_CORRECTION],
                previousMeetingRecorded: true,
              },
            ],
      );
    });

    it.each(everyoneButThePublic)('gives %s the confirmation with every correction it stated', async (__, caller) => {
      const given = await resolverFor().confirmationsGiven(await meetingOf(repository, MARCH), contextOf(caller));
      expect(given).toEqual([
        {
          itemNumber: confirmingItem.number,
          previousMeetingId: JANUARY,
          previousMeetingHeldOn: '2024-01-10',
          corrections: STATED_CORRECTIONS,
          attendanceCorrections: [ATTENDANCE_CORRECTION],
          previousMeetingRecorded: true,
        },
      ]);
    });
  });
});

describe('a confirmation of minutes the ledger does not hold yet', () => {
  const repository = readModels([...january(), ...march({ number: '2', exempt: false }, false)], [MARCH]);
  const resolver = new MeetingResolver(undefined as never, repository, new LoaderFactory(repository), undefined as never);

  it('says the earlier meeting is not recorded, and shows the public every correction, as nothing tells which minutes were exempt (and no attendance amendment, as none was stated)', async () => {
    const given = await resolver.confirmationsGiven(await meetingOf(repository, MARCH), contextOf(PUBLIC_CALLER));
    expect(given).toEqual([
      expect.objectContaining({
        itemNumber: '2',
        previousMeetingRecorded: false,
        attendanceCorrections: [],
        corrections: STATED_CORRECTIONS,
      }),
    ]);
  });
});

describe('which texts of a meeting are confidential', () => {
  const ledger = new InMemoryLedger();
  for (const command of january()) ledger.executeWithEffects(command as DomainCommand);
  const meeting = asScheduled(ledger.stateOf<MeetingState>(`meeting-${JANUARY}`))!;

  it.each([
    ['5', 'a public item', false, false, false],
    ['8', 'an exempt item', true, true, true],
    ['9', 'an exempt item whose minute and resolution its source printed', false, false, false],
    ['7', 'the item that excluded the press and public', false, false, false],
    ['99', 'an item not on the agenda', false, false, false],
  ])('item %s, %s: minute %s, resolution %s, business %s', (itemNumber, _, minute, resolution, business) => {
    expect(isConfidentialText(meeting, itemNumber, 'minute')).toBe(minute);
    expect(isConfidentialText(meeting, itemNumber, 'resolution')).toBe(resolution);
    expect(isConfidentialBusiness(meeting, itemNumber)).toBe(business);
  });

  it("keeps an exempt item's minute confidential when only its resolution was printed", () => {
    const other = new InMemoryLedger();
    const commands = january().filter((command) => !(command.type === 'RecordMinuteText' && command.data.itemNumber === '9'));
    for (const command of commands) other.executeWithEffects(command as DomainCommand);
    const state = asScheduled(other.stateOf<MeetingState>(`meeting-${JANUARY}`))!;
    expect([
      isConfidentialText(state, '9', 'minute'),
      isConfidentialText(state, '9', 'resolution'),
      isConfidentialBusiness(state, '9'),
    ]).toEqual([true, false, true]);
  });

  it.each([
    ['8', 'the exempt item, by its number', true],
    ['48', 'the exempt item, by its minute number', true],
    ['5', 'a public item', false],
    ['9', 'an exempt item whose minute its source printed', false],
    ['99', 'no item of the meeting', false],
  ])('a correction citing %s (%s) corrects a confidential minute: %s', (cited, _, expected) => {
    expect(correctsConfidentialMinute(meeting, cited)).toBe(expected);
  });
});
