import type { DomainEventType } from '../routing/domain-messages';

/**
 * The schema version each event type is written with today. Raise a number only together with an
 * upcaster from the previous version: stored events are upcast when read, never rewritten.
 */
export const EVENT_SCHEMA_VERSIONS: { readonly [Type in DomainEventType]: number } = {
  BodyEstablished: 1,
  BodyRenamed: 1,
  MemberOrganisationAdmitted: 1,
  MemberOrganisationWithdrawn: 1,
  TermsOfReferenceAdopted: 1,
  TermsOfReferenceAmended: 1,
  OfficeholderElected: 1,
  OfficeholderAppointed: 1,
  OfficeLeftVacant: 1,
  OfficeholderLeftOffice: 1,
  FutureMeetingDatesAgreed: 1,
  // v2: venue and contact officer became structured (see meeting-scheduled.upcasters).
  MeetingScheduled: 2,
  MeetingRescheduled: 1,
  MeetingCancelled: 1,
  AgendaItemAdded: 1,
  AgendaItemWithdrawn: 1,
  OrderOfBusinessVaried: 1,
  AttendanceRecorded: 1,
  MeetingChairTaken: 1,
  PresentersRecorded: 1,
  DeclarationOfInterestMade: 1,
  NoDeclarationsOfInterestMade: 1,
  PressAndPublicExcluded: 1,
  MinuteTextRecorded: 1,
  ResolutionPassed: 1,
  PreviousMinutesConfirmed: 1,
  MinutesConfirmed: 1,
  MinuteCorrected: 1,
  AttendanceCorrected: 1,
  MeetingClosed: 1,
  FollowUpRaised: 1,
  FollowUpFulfilled: 1,
  FollowUpDropped: 1,
  ActionRaised: 1,
  ActionProgressNoted: 1,
  ActionCompleted: 1,
  ActionDropped: 1,
  PersonsMerged: 1,
  PersonSplit: 1,
};

export function schemaVersionOf(type: DomainEventType): number {
  return EVENT_SCHEMA_VERSIONS[type];
}
