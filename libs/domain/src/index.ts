// The governance ledger's domain: pure deciders, their commands and events, and the rules they enforce.

// Shared language
export type { Decider } from './shared/decider';
export { foldEvents } from './shared/decider';
export type { Message } from './shared/message';
export {
  DomainError,
  RuleViolated,
  InvalidValue,
  AggregateNotFound,
  AggregateAlreadyExists,
  type AggregateKind,
} from './shared/domain-error';
export {
  DOMAIN_ERRORS,
  type DomainErrorCode,
  type DomainErrorCategory,
  type DomainRuleCode,
  type InvalidValueCode,
} from './shared/domain-error-codes';
export type { DecisionReference, MinuteReference, ItemReference } from './shared/references';
export { isIsoDate, isIsoDateTime, isTerm, localDateOf, type IsoDate, type IsoDateTime, type Term } from './shared/values';

// Body
export * from './body/body.commands';
export * from './body/body.events';
export { bodyDecider } from './body/body.decider';
export {
  initialBodyState,
  currentName,
  currentMembershipOf,
  currentTenure,
  termsOfReferenceInForce,
  type BodyState,
  type EstablishedBody,
  type BodyName,
  type MemberOrganisation,
  type MembershipPeriod,
  type TermsOfReferenceVersion,
  type OfficeTerm,
  type Tenure,
  type Mandate,
  type Vacancy,
} from './body/body.state';
export { OFFICES, describeOffice, termLastDay, type Office } from './body/office';
export {
  nameInForce,
  membershipPeriods,
  membersInForce,
  byOrganisation,
  termsOfReferenceInForceOn,
  officeholdersInForce,
  dayAfter,
  validTimeBreakpoints,
  type MembershipView,
  type OfficeholderView,
} from './body/in-force-on';
export { applyClauseAmendments, type Clause, type ClauseAmendment } from './body/terms-of-reference';

// Meeting
export * from './meeting/meeting.commands';
export * from './meeting/meeting.events';
export { meetingDecider } from './meeting/meeting.decider';
export { isMeetingIdOf } from './meeting/meeting.decide';
export {
  initialMeetingState,
  heldOn,
  agendaItem,
  isConfidentialText,
  isConfidentialBusiness,
  type MeetingState,
  type ScheduledMeeting,
  type AgendaEntry,
  type MinuteText,
  type Correction,
  type AttendanceCorrection,
  type ItemPresenters,
  type MeetingChair,
} from './meeting/meeting.state';
export { ITEM_KINDS, type AgendaItem, type ItemKind } from './meeting/agenda-item';
export {
  DECLARATION_SCOPES,
  INTEREST_NATURES,
  type DeclarationScope,
  type Attendee,
  type Attendance,
  type ContactOfficer,
  type DeclarationOfInterest,
  type InterestNature,
  type MeetingLocation,
  type MinuteCorrectionRequest,
  type MinutePoint,
  samePerson,
  type Presenter,
  type TextOrigin,
} from './meeting/meeting-parts';
export { DECISION_KINDS, EFFECTS_ALLOWED_BY_DECISION, partLabelAt, type DecisionKind, type ResolutionPart } from './meeting/resolution';
export { DECISION_EFFECT_KINDS, type DecisionEffect, type DecisionEffectKind } from './meeting/decision-effects';
export { SCHEDULE_12A_DESCRIPTIONS, SCHEDULE_12A_QUALIFICATIONS } from './meeting/schedule-12a';

// Follow-up
export * from './follow-up/follow-up.commands';
export * from './follow-up/follow-up.events';
export { followUpDecider, initialFollowUpState, type FollowUpState, type RaisedFollowUp } from './follow-up/follow-up.decider';
export type { FollowUpDue } from './follow-up/follow-up-due';

// Action
export * from './action/action.commands';
export * from './action/action.events';
export { actionDecider, initialActionState, type ActionState, type RaisedAction, type ProgressNote } from './action/action.decider';

// People: names as printed, and the register of who is who
export * from './people/person-register.commands';
export * from './people/person-register.events';
export {
  PEOPLE_REGISTER,
  personRegisterDecider,
  initialPersonRegisterState,
  type PersonRegisterState,
  type PersonMerge,
  type PersonSplitting,
} from './people/person-register.decider';
export { parsePersonName, personKey, displayNameOf, type PersonName } from './people/person-name';
export { identifyPeople, type PersonIdentity, type PeopleIdentified } from './people/identify-people';
export { organisationKey } from './people/organisation-name';

// Write side: routing, effects, schema versions
export type { DomainCommand, DomainCommandType, DomainEvent, DomainEventType } from './routing/domain-messages';
export {
  AGGREGATES,
  AGGREGATE_KINDS,
  streamIdFor,
  parseStreamId,
  aggregateOfCommandType,
  aggregateOfEventType,
  isDomainCommandType,
  isDomainEventType,
  type AggregateDefinition,
  type AnyDecider,
} from './routing/aggregate-registry';
export { routeCommand, decideOnHistory, type CommandRoute } from './routing/route-command';
export {
  followOnCommands,
  commandsForResolution,
  commandForMinutesConfirmation,
  effectKey,
  type FollowOnCommand,
} from './effects/follow-on-commands';
export { EVENT_SCHEMA_VERSIONS, schemaVersionOf } from './versioning/event-schema-versions';
export { upcast, toDomainEvent, UPCASTERS, EventSchemaError, type UpcastEvent } from './versioning/upcast';
export type { MeetingScheduledV1 } from './versioning/meeting-scheduled.upcasters';
