import { actionDecider } from '../action/action.decider';
import type { ActionCommandType } from '../action/action.commands';
import type { ActionEventType } from '../action/action.events';
import { bodyDecider } from '../body/body.decider';
import type { BodyCommandType } from '../body/body.commands';
import type { BodyEventType } from '../body/body.events';
import { followUpDecider } from '../follow-up/follow-up.decider';
import type { FollowUpCommandType } from '../follow-up/follow-up.commands';
import type { FollowUpEventType } from '../follow-up/follow-up.events';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingCommandType } from '../meeting/meeting.commands';
import type { MeetingEventType } from '../meeting/meeting.events';
import { personRegisterDecider } from '../people/person-register.decider';
import type { PersonRegisterCommandType } from '../people/person-register.commands';
import type { PersonRegisterEventType } from '../people/person-register.events';
import type { Decider } from '../shared/decider';
import type { AggregateKind } from '../shared/domain-error';
import type { DomainCommand, DomainCommandType, DomainEvent, DomainEventType } from './domain-messages';

/**
 * A decider seen from the generic write side, which only knows commands and events by their union.
 * Sound because every evolve is total: an event of another aggregate leaves the state unchanged.
 */
export type AnyDecider = Decider<DomainCommand, DomainEvent, unknown>;

export interface AggregateDefinition {
  readonly kind: AggregateKind;
  /** Streams are named `<prefix><aggregate id>`, e.g. `meeting-lscsb-2019-06-14`. */
  readonly streamPrefix: string;
  readonly decider: AnyDecider;
  /**
   * The one command allowed on a stream that does not exist yet (append with "no stream"); undefined
   * where every command may be the first, as in the register of people, which starts empty.
   */
  readonly creationCommandType: DomainCommandType | undefined;
  readonly commandTypes: readonly DomainCommandType[];
  readonly eventTypes: readonly DomainEventType[];
  /** The name of the field every command of this aggregate carries its id in. */
  readonly idField: 'bodyId' | 'meetingId' | 'followUpId' | 'actionId' | 'registerId';
}

// Records keyed by every type make the compiler prove that no command or event is left unrouted.
const bodyCommands: Record<BodyCommandType, true> = {
  EstablishBody: true,
  RenameBody: true,
  AdmitMemberOrganisation: true,
  WithdrawMemberOrganisation: true,
  AdoptTermsOfReference: true,
  AmendTermsOfReference: true,
  ElectOfficeholder: true,
  AppointOfficeholder: true,
  LeaveOfficeVacant: true,
  RecordOfficeholderLeaving: true,
  AgreeFutureMeetingDates: true,
};
const bodyEvents: Record<BodyEventType, true> = {
  BodyEstablished: true,
  BodyRenamed: true,
  MemberOrganisationAdmitted: true,
  MemberOrganisationWithdrawn: true,
  TermsOfReferenceAdopted: true,
  TermsOfReferenceAmended: true,
  OfficeholderElected: true,
  OfficeholderAppointed: true,
  OfficeLeftVacant: true,
  OfficeholderLeftOffice: true,
  FutureMeetingDatesAgreed: true,
};
const meetingCommands: Record<MeetingCommandType, true> = {
  ScheduleMeeting: true,
  RescheduleMeeting: true,
  CancelMeeting: true,
  AddAgendaItem: true,
  WithdrawAgendaItem: true,
  VaryOrderOfBusiness: true,
  RecordAttendance: true,
  RecordMeetingChair: true,
  RecordPresenters: true,
  RecordDeclarationsOfInterest: true,
  ExcludePressAndPublic: true,
  RecordMinuteText: true,
  PassResolution: true,
  ConfirmPreviousMinutes: true,
  ConfirmMinutes: true,
  CloseMeeting: true,
};
const meetingEvents: Record<MeetingEventType, true> = {
  MeetingScheduled: true,
  MeetingRescheduled: true,
  MeetingCancelled: true,
  AgendaItemAdded: true,
  AgendaItemWithdrawn: true,
  OrderOfBusinessVaried: true,
  AttendanceRecorded: true,
  MeetingChairTaken: true,
  PresentersRecorded: true,
  DeclarationOfInterestMade: true,
  NoDeclarationsOfInterestMade: true,
  PressAndPublicExcluded: true,
  MinuteTextRecorded: true,
  ResolutionPassed: true,
  PreviousMinutesConfirmed: true,
  MinutesConfirmed: true,
  MinuteCorrected: true,
  AttendanceCorrected: true,
  MeetingClosed: true,
};
const followUpCommands: Record<FollowUpCommandType, true> = { RaiseFollowUp: true, FulfilFollowUp: true, DropFollowUp: true };
const followUpEvents: Record<FollowUpEventType, true> = { FollowUpRaised: true, FollowUpFulfilled: true, FollowUpDropped: true };
const actionCommands: Record<ActionCommandType, true> = {
  RaiseAction: true,
  NoteActionProgress: true,
  CompleteAction: true,
  DropAction: true,
};
const actionEvents: Record<ActionEventType, true> = {
  ActionRaised: true,
  ActionProgressNoted: true,
  ActionCompleted: true,
  ActionDropped: true,
};

const personRegisterCommands: Record<PersonRegisterCommandType, true> = { MergePersons: true, SplitPerson: true };
const personRegisterEvents: Record<PersonRegisterEventType, true> = { PersonsMerged: true, PersonSplit: true };

const keys = <T extends string>(record: Record<T, true>): readonly T[] => Object.keys(record) as T[];

export const AGGREGATES: Readonly<Record<AggregateKind, AggregateDefinition>> = {
  body: {
    kind: 'body',
    streamPrefix: 'body-',
    decider: bodyDecider as AnyDecider,
    creationCommandType: 'EstablishBody',
    commandTypes: keys(bodyCommands),
    eventTypes: keys(bodyEvents),
    idField: 'bodyId',
  },
  meeting: {
    kind: 'meeting',
    streamPrefix: 'meeting-',
    decider: meetingDecider as AnyDecider,
    creationCommandType: 'ScheduleMeeting',
    commandTypes: keys(meetingCommands),
    eventTypes: keys(meetingEvents),
    idField: 'meetingId',
  },
  'follow-up': {
    kind: 'follow-up',
    streamPrefix: 'follow-up-',
    decider: followUpDecider as AnyDecider,
    creationCommandType: 'RaiseFollowUp',
    commandTypes: keys(followUpCommands),
    eventTypes: keys(followUpEvents),
    idField: 'followUpId',
  },
  action: {
    kind: 'action',
    streamPrefix: 'action-',
    decider: actionDecider as AnyDecider,
    creationCommandType: 'RaiseAction',
    commandTypes: keys(actionCommands),
    eventTypes: keys(actionEvents),
    idField: 'actionId',
  },
  people: {
    kind: 'people',
    streamPrefix: 'people-',
    decider: personRegisterDecider as AnyDecider,
    creationCommandType: undefined,
    commandTypes: keys(personRegisterCommands),
    eventTypes: keys(personRegisterEvents),
    idField: 'registerId',
  },
};

export const AGGREGATE_KINDS = Object.keys(AGGREGATES) as AggregateKind[];

export function streamIdFor(kind: AggregateKind, aggregateId: string): string {
  return `${AGGREGATES[kind].streamPrefix}${aggregateId}`;
}

/** The aggregate a stream belongs to, read from its prefix; undefined for streams of other kinds. */
export function parseStreamId(streamId: string): { kind: AggregateKind; aggregateId: string } | undefined {
  // The longest prefix wins, so `follow-up-` is never mistaken for something shorter.
  const kind = [...AGGREGATE_KINDS]
    .sort((a, b) => AGGREGATES[b].streamPrefix.length - AGGREGATES[a].streamPrefix.length)
    .find((candidate) => streamId.startsWith(AGGREGATES[candidate].streamPrefix));
  if (!kind) return undefined;
  const aggregateId = streamId.slice(AGGREGATES[kind].streamPrefix.length);
  return aggregateId === '' ? undefined : { kind, aggregateId };
}

const aggregateByCommandType = new Map<string, AggregateDefinition>(
  Object.values(AGGREGATES).flatMap((definition) => definition.commandTypes.map((type) => [type, definition] as const)),
);
const aggregateByEventType = new Map<string, AggregateDefinition>(
  Object.values(AGGREGATES).flatMap((definition) => definition.eventTypes.map((type) => [type, definition] as const)),
);

export function aggregateOfCommandType(type: string): AggregateDefinition | undefined {
  return aggregateByCommandType.get(type);
}

export function aggregateOfEventType(type: string): AggregateDefinition | undefined {
  return aggregateByEventType.get(type);
}

export function isDomainCommandType(type: string): type is DomainCommandType {
  return aggregateByCommandType.has(type);
}

export function isDomainEventType(type: string): type is DomainEventType {
  return aggregateByEventType.has(type);
}
