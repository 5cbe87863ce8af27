import type { ActionCommand } from '../action/action.commands';
import { actionDecider } from '../action/action.decider';
import type { BodyCommand } from '../body/body.commands';
import { bodyDecider } from '../body/body.decider';
import type { FollowUpCommand } from '../follow-up/follow-up.commands';
import { followUpDecider } from '../follow-up/follow-up.decider';
import type { AgendaItem } from '../meeting/agenda-item';
import type { MeetingCommand } from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { Decider } from '../shared/decider';
import { foldEvents } from '../shared/decider';
import { DomainError, InvalidValue } from '../shared/domain-error';
import type { Message } from '../shared/message';

/**
 * Every text, date, time, term and choice a command carries is checked before anything is recorded:
 * blanked, each one is refused, and the refusal names the field by its path in the command, so a
 * clerk (or the importer's plan check) is told exactly what to fix. The commands here carry every
 * optional field they can, so no field goes untried.
 *
 * The body is invented (the Fernmoor Community Safety Partnership), as are its meetings.
 */

type AnyMessage = Message<string, object>;

const BODY = 'fernmoor-csp';
const MEETING = 'fernmoor-csp-2024-03-14';
const EARLIER = 'fernmoor-csp-2023-12-07';
const STARTS_AT = '2024-03-14T14:00:00Z';
const DURING = '2024-03-14T15:00:00Z';
const decision = { meetingId: EARLIER, itemNumber: '6', part: 'b' };

const item = (number: string, title: string, kind: AgendaItem['kind'], extra: Partial<AgendaItem> = {}): AgendaItem => ({
  number,
  title,
  kind,
  ...extra,
});

const body: BodyCommand[] = [
  { type: 'EstablishBody', data: { bodyId: BODY, name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP' } },
  {
    type: 'AdmitMemberOrganisation',
    data: {
      bodyId: BODY,
      organisationId: 'fernmoor-fire',
      organisationName: 'Fernmoor Fire and Rescue',
      inForceFrom: '2020-01-09',
      decision,
    },
  },
  {
    type: 'AdoptTermsOfReference',
    data: {
      bodyId: BODY,
      version: 1,
      clauses: [
        { id: '1', heading: 'Purpose', text: 'The Partnership plans community safety across Fernmoor.' },
        { id: '2', heading: 'Meetings', text: 'The Partnership meets four times a year.' },
      ],
      inForceFrom: '2020-01-09',
      decision,
    },
  },
  {
    type: 'ElectOfficeholder',
    data: { bodyId: BODY, office: 'chair', term: '2023/24', holder: 'Cllr P. Aldous', inForceFrom: '2023-05-18', decision },
  },
];

const scheduled: MeetingCommand[] = [
  { type: 'ScheduleMeeting', data: { meetingId: MEETING, bodyId: BODY, startsAt: STARTS_AT } },
  ...[
    item('1', 'Apologies for absence', 'apologies'),
    item('2', 'Minutes of the previous meeting', 'minutes-of-previous-meeting'),
    item('3', 'Declarations of interest', 'declarations-of-interest'),
    item('4', 'Change to the order of business', 'change-to-order-of-business'),
    item('5', 'Anti-social behaviour in the town centres', 'report'),
    item('6', 'Exclusion of the press and public', 'exclusion-of-press-and-public'),
    item('7', 'Night-time economy contract', 'report', { exempt: { paragraphs: [3] } }),
  ].map((entry): MeetingCommand => ({ type: 'AddAgendaItem', data: { meetingId: MEETING, item: entry } })),
];

/** The earlier meeting, held and minuted, whose minutes the later one confirms. */
const earlierMinuted: MeetingCommand[] = [
  { type: 'ScheduleMeeting', data: { meetingId: EARLIER, bodyId: BODY, startsAt: '2023-12-07T14:00:00Z' } },
  { type: 'AddAgendaItem', data: { meetingId: EARLIER, item: item('6', 'Youth diversion scheme', 'report', { minuteNumber: '41' }) } },
  {
    type: 'RecordMinuteText',
    data: {
      meetingId: EARLIER,
      itemNumber: '6',
      paragraphs: ['The Partnership heard that forty young people had joined the scheme.'],
      points: [{ label: 'i', text: 'Referrals came mostly from schools.' }],
      recordedAt: '2023-12-08T09:00:00Z',
    },
  },
];

interface Case<Command extends AnyMessage, Event extends AnyMessage, State> {
  readonly decider: Decider<Command, Event, State>;
  readonly given: readonly Command[];
  readonly command: Command;
}

const bodyCase = (command: BodyCommand, given: BodyCommand[] = body): Case<BodyCommand, never, unknown> =>
  ({ decider: bodyDecider, given, command }) as never;
const meetingCase = (command: MeetingCommand, given: MeetingCommand[] = scheduled): Case<MeetingCommand, never, unknown> =>
  ({ decider: meetingDecider, given, command }) as never;
const followUpCase = (command: FollowUpCommand, given: FollowUpCommand[] = []): Case<FollowUpCommand, never, unknown> =>
  ({ decider: followUpDecider, given, command }) as never;
const actionCase = (command: ActionCommand, given: ActionCommand[] = []): Case<ActionCommand, never, unknown> =>
  ({ decider: actionDecider, given, command }) as never;

const followUpRaised: FollowUpCommand = {
  type: 'RaiseFollowUp',
  data: {
    followUpId: 'fu-1',
    bodyId: BODY,
    raisedBy: decision,
    raisedOn: '2023-12-07',
    kind: 'report',
    subject: 'An evaluation of the youth diversion scheme',
    askedOf: 'the Community Safety Manager',
    due: { kind: 'meeting-in-month', month: '2024-03' },
  },
};

const actionRaised: ActionCommand = {
  type: 'RaiseAction',
  data: {
    actionId: 'ac-1',
    bodyId: BODY,
    raisedFrom: { meetingId: EARLIER, itemNumber: '6', point: 'i', part: 'b' },
    raisedOn: '2023-12-07',
    owner: 'the Community Safety Manager',
    description: 'Write to the schools that referred young people',
    dueOn: '2024-01-31',
  },
};

const CASES = {
  EstablishBody: bodyCase(
    {
      type: 'EstablishBody',
      data: { bodyId: BODY, name: 'Fernmoor Community Safety Partnership', shortName: 'FCSP', establishedOn: '2019-04-01', decision },
    },
    [],
  ),
  RenameBody: bodyCase({
    type: 'RenameBody',
    data: { bodyId: BODY, name: 'Fernmoor and Dale Community Safety Partnership', shortName: 'FDCSP', inForceFrom: '2024-03-14', decision },
  }),
  AdmitMemberOrganisation: bodyCase({
    type: 'AdmitMemberOrganisation',
    data: { bodyId: BODY, organisationId: 'dale-dc', organisationName: 'Dale District Council', inForceFrom: '2024-03-14', decision },
  }),
  WithdrawMemberOrganisation: bodyCase({
    type: 'WithdrawMemberOrganisation',
    data: { bodyId: BODY, organisationId: 'fernmoor-fire', inForceFrom: '2024-03-14', decision },
  }),
  AdoptTermsOfReference: bodyCase({
    type: 'AdoptTermsOfReference',
    data: {
      bodyId: BODY,
      version: 2,
      clauses: [{ id: '1', heading: 'Purpose', text: 'The Partnership plans community safety across Fernmoor and Dale.' }],
      inForceFrom: '2024-03-14',
      decision,
    },
  }),
  AmendTermsOfReference: bodyCase({
    type: 'AmendTermsOfReference',
    data: {
      bodyId: BODY,
      version: 2,
      amendments: [
        { change: 'replaced', clauseId: '2', heading: 'Meetings', text: 'The Partnership meets three times a year.' },
        { change: 'inserted', clause: { id: '3', heading: 'Quorum', text: 'Three members make a quorum.' }, afterClauseId: '2' },
      ],
      inForceFrom: '2024-03-14',
      decision,
    },
  }),
  ElectOfficeholder: bodyCase({
    type: 'ElectOfficeholder',
    data: { bodyId: BODY, office: 'deputy-chair', term: '2023/24', holder: 'Ms R. Okafor', inForceFrom: '2024-03-14', decision },
  }),
  AppointOfficeholder: bodyCase({
    type: 'AppointOfficeholder',
    data: {
      bodyId: BODY,
      office: 'deputy-chair',
      term: '2023/24',
      holder: 'Ms R. Okafor',
      inForceFrom: '2024-03-14',
      appointedBy: 'the Chair',
    },
  }),
  LeaveOfficeVacant: bodyCase({
    type: 'LeaveOfficeVacant',
    data: { bodyId: BODY, office: 'deputy-chair', term: '2023/24', reason: 'No nominations were received', asOf: '2024-03-14', decision },
  }),
  RecordOfficeholderLeaving: bodyCase({
    type: 'RecordOfficeholderLeaving',
    data: { bodyId: BODY, office: 'chair', term: '2023/24', holder: 'Cllr P. Aldous', inForceFrom: '2024-03-14', reason: 'Resigned' },
  }),
  AgreeFutureMeetingDates: bodyCase({
    type: 'AgreeFutureMeetingDates',
    data: { bodyId: BODY, startTimes: ['2024-06-13T14:00:00+01:00', '2024-09-12T14:00:00+01:00'], decision },
  }),

  ScheduleMeeting: meetingCase(
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId: MEETING,
        bodyId: BODY,
        startsAt: STARTS_AT,
        heldOn: '2024-03-14',
        location: { kind: 'venue', venue: 'Council Chamber, Fernmoor Town Hall' },
        contactOfficer: { name: 'J. Whitlow', telephone: '01632 960 123', email: 'democratic.services@fernmoor.example' },
      },
    },
    [],
  ),
  'ScheduleMeeting online': meetingCase(
    {
      type: 'ScheduleMeeting',
      data: { meetingId: MEETING, bodyId: BODY, heldOn: '2024-03-14', location: { kind: 'online', platform: 'Microsoft Teams' } },
    },
    [],
  ),
  RescheduleMeeting: meetingCase({
    type: 'RescheduleMeeting',
    data: {
      meetingId: MEETING,
      startsAt: '2024-03-21T14:00:00Z',
      location: { kind: 'venue', venue: 'Committee Room 2' },
      reason: 'The room was needed',
    },
  }),
  CancelMeeting: meetingCase({ type: 'CancelMeeting', data: { meetingId: MEETING, reason: 'Not quorate' } }),
  AddAgendaItem: meetingCase({
    type: 'AddAgendaItem',
    data: {
      meetingId: MEETING,
      item: item('8', 'Domestic abuse strategy', 'report', {
        minuteNumber: '58',
        agendaNumber: '8',
        report: { title: 'Domestic Abuse Strategy 2024-27', sizeKb: 310 },
        presenter: { name: 'A. Brennan', role: 'Head of Community Safety' },
      }),
    },
  }),
  WithdrawAgendaItem: meetingCase({
    type: 'WithdrawAgendaItem',
    data: { meetingId: MEETING, itemNumber: '5', reason: 'Report not ready' },
  }),
  VaryOrderOfBusiness: meetingCase({
    type: 'VaryOrderOfBusiness',
    data: {
      meetingId: MEETING,
      order: ['1', '2', '3', '4', '6', '7', '5'],
      reason: 'To let the contract be heard first',
      itemNumber: '4',
      recordedAt: DURING,
    },
  }),
  RecordAttendance: meetingCase({
    type: 'RecordAttendance',
    data: {
      meetingId: MEETING,
      present: [{ name: 'Cllr P. Aldous', role: 'Chair', organisation: 'Fernmoor Borough Council' }],
      apologies: [{ name: 'Ms R. Okafor', role: 'Member', organisation: 'Fernmoor Fire and Rescue' }],
      inAttendance: [{ name: 'J. Whitlow', role: 'Democratic Services Officer', organisation: 'Fernmoor Borough Council' }],
      recordedAt: DURING,
    },
  }),
  RecordMeetingChair: meetingCase({
    type: 'RecordMeetingChair',
    data: {
      meetingId: MEETING,
      chair: 'Cllr P. Aldous',
      fromItemNumber: '2',
      itemNumber: '1',
      wording: 'Cllr P. Aldous in the Chair',
      recordedAt: DURING,
    },
  }),
  RecordPresenters: meetingCase({
    type: 'RecordPresenters',
    data: {
      meetingId: MEETING,
      itemNumber: '5',
      presentedBy: [{ name: 'A. Brennan', role: 'Head of Community Safety' }],
      unableToAttend: [{ name: 'Insp. T. Marsh', role: 'Fernmoor Police' }],
      recordedAt: DURING,
    },
  }),
  RecordDeclarationsOfInterest: meetingCase({
    type: 'RecordDeclarationsOfInterest',
    data: {
      meetingId: MEETING,
      itemNumber: '3',
      declarations: [
        { member: 'Cllr P. Aldous', concerningItemNumber: '7', nature: 'personal', detail: 'a relative works for a bidder' },
        { member: 'Ms R. Okafor', concerning: 'not-on-this-page', concerningAsPrinted: 'agenda item 12', nature: 'not-stated' },
      ],
      recordedAt: DURING,
    },
  }),
  ExcludePressAndPublic: meetingCase({
    type: 'ExcludePressAndPublic',
    data: {
      meetingId: MEETING,
      itemNumber: '6',
      forItemNumbers: ['7'],
      legalBasis: 'Section 100A(4) of the Local Government Act 1972',
      paragraphs: [3],
      recordedAt: DURING,
    },
  }),
  RecordMinuteText: meetingCase({
    type: 'RecordMinuteText',
    data: {
      meetingId: MEETING,
      itemNumber: '5',
      paragraphs: ['The Partnership considered a report on anti-social behaviour.'],
      points: [
        { label: 'i', text: 'Reports had fallen by a tenth.' },
        { label: 'ii', text: 'Two town centres had new patrols.' },
      ],
      recordedAt: DURING,
    },
  }),
  'PassResolution approved': meetingCase({
    type: 'PassResolution',
    data: {
      meetingId: MEETING,
      itemNumber: '5',
      parts: [
        { label: 'a', kind: 'noted', text: 'That the report be noted.', effects: [] },
        {
          label: 'b',
          kind: 'approved',
          text: 'That the changes to the Partnership set out in the report be approved.',
          effects: [
            {
              kind: 'admit-member-organisation',
              organisationId: 'dale-dc',
              organisationName: 'Dale District Council',
              inForceFrom: '2024-04-01',
            },
            { kind: 'withdraw-member-organisation', organisationId: 'fernmoor-fire', inForceFrom: '2024-04-01' },
            { kind: 'rename-body', name: 'Fernmoor and Dale Community Safety Partnership', shortName: 'FDCSP', inForceFrom: '2024-04-01' },
            { kind: 'elect-officeholder', office: 'deputy-chair', term: '2023/24', holder: 'Ms R. Okafor', inForceFrom: '2024-03-14' },
            { kind: 'set-future-meeting-dates', startTimes: ['2024-06-13T14:00:00+01:00'] },
            {
              kind: 'raise-action',
              owner: 'the Community Safety Manager',
              description: 'Tell the town centre traders',
              dueOn: '2024-04-30',
            },
            {
              kind: 'request-follow-up',
              request: 'report',
              subject: 'The patrols after six months',
              askedOf: 'Fernmoor Police',
              due: { kind: 'by-date', date: '2024-09-30' },
            },
            { kind: 'fulfil-follow-up', followUpId: 'fu-1' },
          ],
        },
      ],
      recordedAt: DURING,
    },
  }),
  'PassResolution deferred': meetingCase({
    type: 'PassResolution',
    data: {
      meetingId: MEETING,
      itemNumber: '5',
      parts: [
        {
          label: 'i',
          kind: 'deferred',
          text: 'That the item be deferred to the June meeting and the office of Deputy Chair be left vacant until then.',
          effects: [
            {
              kind: 'defer-item',
              subject: 'Anti-social behaviour in the town centres',
              due: { kind: 'meeting-in-month', month: '2024-06' },
            },
            { kind: 'leave-office-vacant', office: 'deputy-chair', term: '2023/24', reason: 'No nominations were received' },
          ],
        },
      ],
      recordedAt: DURING,
    },
  }),
  ConfirmPreviousMinutes: meetingCase({
    type: 'ConfirmPreviousMinutes',
    data: {
      meetingId: MEETING,
      itemNumber: '2',
      previousMeetingId: EARLIER,
      previousMeetingHeldOn: '2023-12-07',
      corrections: [{ itemNumber: '41', point: 'i', correctedText: 'Referrals came mostly from youth clubs.', replacedText: 'schools' }],
      attendanceCorrections: ['Cllr D. Hale had sent apologies.'],
      recordedAt: DURING,
    },
  }),
  ConfirmMinutes: meetingCase(
    {
      type: 'ConfirmMinutes',
      data: {
        meetingId: EARLIER,
        confirmedBy: { meetingId: MEETING, itemNumber: '2', bodyId: BODY, heldOn: '2024-03-14' },
        corrections: [{ itemNumber: '41', point: 'i', correctedText: 'Referrals came mostly from youth clubs.', replacedText: 'schools' }],
        attendanceCorrections: ['Cllr D. Hale had sent apologies.'],
      },
    },
    earlierMinuted,
  ),
  CloseMeeting: meetingCase({ type: 'CloseMeeting', data: { meetingId: MEETING, endedAt: '2024-03-14T16:10:00Z', recordedAt: DURING } }),

  RaiseFollowUp: followUpCase(followUpRaised),
  'RaiseFollowUp by a date': followUpCase({
    type: 'RaiseFollowUp',
    data: { ...followUpRaised.data, due: { kind: 'by-date', date: '2024-06-30' } } as never,
  }),
  FulfilFollowUp: followUpCase(
    {
      type: 'FulfilFollowUp',
      data: { followUpId: 'fu-1', fulfilledBy: { meetingId: MEETING, itemNumber: '5' }, bodyId: BODY, fulfilledOn: '2024-03-14' },
    },
    [followUpRaised],
  ),
  DropFollowUp: followUpCase({ type: 'DropFollowUp', data: { followUpId: 'fu-1', reason: 'The scheme ended', droppedOn: '2024-03-14' } }, [
    followUpRaised,
  ]),

  RaiseAction: actionCase(actionRaised),
  NoteActionProgress: actionCase(
    {
      type: 'NoteActionProgress',
      data: { actionId: 'ac-1', note: 'Letters drafted', notedOn: '2024-03-14', notedAt: { meetingId: MEETING, itemNumber: '5' } },
    },
    [actionRaised],
  ),
  CompleteAction: actionCase(
    {
      type: 'CompleteAction',
      data: { actionId: 'ac-1', completedOn: '2024-03-14', note: 'Letters sent', notedAt: { meetingId: MEETING, itemNumber: '5' } },
    },
    [actionRaised],
  ),
  DropAction: actionCase({ type: 'DropAction', data: { actionId: 'ac-1', reason: 'Overtaken by events', droppedOn: '2024-03-14' } }, [
    actionRaised,
  ]),
} satisfies Record<string, Case<AnyMessage, never, unknown>>;

/**
 * Fields a blank value of which is refused by a rule rather than as a malformed value, each with
 * the rule and why. The id of the stream a command is sent to is not here: the write side finds
 * the stream by it, so a blank id finds no stream (AGGREGATE_NOT_FOUND) before a decider runs.
 */
const REFUSED_BY_A_RULE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // A blank clause id names no clause to insert after.
  AmendTermsOfReference: { 'amendments[1].afterClauseId': 'UNKNOWN_CLAUSE' },
  // A blank number names no item, so the order no longer names every item once.
  VaryOrderOfBusiness: Object.fromEntries(
    ['0', '1', '2', '3', '4', '5', '6'].map((index) => [`order[${index}]`, 'ORDER_OF_BUSINESS_MUST_NAME_EVERY_ITEM_ONCE']),
  ),
  // Labels run (i), (ii) … and (a), (b) … in order: a blank label is out of sequence.
  RecordMinuteText: { 'points[0].label': 'MINUTE_POINTS_OUT_OF_SEQUENCE', 'points[1].label': 'MINUTE_POINTS_OUT_OF_SEQUENCE' },
  PassResolution: { 'parts[0].label': 'RESOLUTION_PARTS_OUT_OF_SEQUENCE', 'parts[1].label': 'RESOLUTION_PARTS_OUT_OF_SEQUENCE' },
};

/** The id of the stream each decider's commands are sent to. */
const STREAM_ID = new Map<unknown, string>([
  [bodyDecider, 'bodyId'],
  [meetingDecider, 'meetingId'],
  [followUpDecider, 'followUpId'],
  [actionDecider, 'actionId'],
]);

/** Every string in the command's data, by its path as the refusals name it: `parts[1].effects[0].subject`. */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((element, index) => stringPaths(element, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => stringPaths(child, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

function blanked<T>(data: T, path: string): T {
  const copy = structuredClone(data) as Record<string, unknown>;
  const steps = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let at: Record<string, unknown> = copy;
  for (const step of steps.slice(0, -1)) at = at[step] as Record<string, unknown>;
  at[steps.at(-1)!] = '';
  return copy as T;
}

function refusalOf(run: () => unknown): DomainError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
}

describe('every value a command carries is checked, and a refusal names it', () => {
  describe.each(Object.entries(CASES))('%s', (_name, { decider, given, command }) => {
    const state = foldEvents(
      decider,
      given.reduce<AnyMessage[]>((events, earlier) => {
        const soFar = foldEvents(decider, events as never[]);
        return [...events, ...decider.decide(earlier as never, soFar)];
      }, []) as never[],
    );
    const decide = (data: object) => decider.decide({ ...command, data } as never, state);
    it('is accepted as written', () => {
      expect(decide(command.data).length).toBeGreaterThan(0);
    });

    // A command that starts a stream checks its id; any later command is sent to the stream it names.
    const paths = stringPaths(command.data).filter((path) => given.length === 0 || path !== STREAM_ID.get(decider));

    it.each(paths)('blank %s', (path) => {
      const refusal = refusalOf(() => decide(blanked(command.data, path)));
      const byRule = REFUSED_BY_A_RULE[command.type]?.[path];
      if (byRule !== undefined) {
        expect(refusal?.code).toBe(byRule);
      } else {
        expect(refusal).toBeInstanceOf(InvalidValue);
        expect(refusal?.details).toEqual({ field: path });
      }
    });
  });
});
