import type { BodyCommand } from '../body/body.commands';
import type { BodyEvent } from '../body/body.events';
import type { Office } from '../body/office';
import type { Clause, ClauseAmendment } from '../body/terms-of-reference';
import type { DecisionReference } from '../shared/references';

/**
 * An invented board, the Northshire Safer Communities Board (later the Northshire and Eastdale Safer
 * Communities Board): specs record invented histories, so they give them to a body, places and people
 * of their own, never to a real board's id or to people named in its minutes.
 */
export const NSCB = 'northshire-scb';
export const NSCB_NAME = 'Northshire Safer Communities Board';
export const NESCB_NAME = 'The Northshire and Eastdale Safer Communities Board';

export function decidedAt(meetingId: string, itemNumber: string, part?: string): DecisionReference {
  return { meetingId, itemNumber, ...(part !== undefined && { part }) };
}

/** A decision of some earlier meeting, for facts whose origin the spec does not care about. */
export const earlierDecision = decidedAt('northshire-scb-2015-06-08', '5', 'a');

export const clause = (id: string, text: string, heading = `Clause ${id}`): Clause => ({ id, heading, text });

export const tor2015: Clause[] = [
  clause('1', 'The Board provides strategic leadership for community safety in Northshire.', 'Purpose'),
  clause('2', 'Membership: the Cabinet Lead Member for Community Safety and one member of each district council.', 'Membership'),
  clause('3', 'The Board meets quarterly.', 'Meetings'),
];

/** Events of the body's history, in the words of the minutes. */
export const bodyEvent = {
  established: (name = NSCB_NAME, shortName = 'NSCB'): BodyEvent => ({
    type: 'BodyEstablished',
    data: { bodyId: NSCB, name, shortName },
  }),
  renamed: (name: string, shortName: string, inForceFrom: string, decision = earlierDecision): BodyEvent => ({
    type: 'BodyRenamed',
    data: { bodyId: NSCB, name, shortName, inForceFrom, decision },
  }),
  memberAdmitted: (
    organisationId: string,
    organisationName: string,
    inForceFrom = '2015-06-08',
    decision = earlierDecision,
  ): BodyEvent => ({
    type: 'MemberOrganisationAdmitted',
    data: { bodyId: NSCB, organisationId, organisationName, inForceFrom, decision },
  }),
  memberWithdrawn: (organisationId: string, inForceFrom: string, decision = earlierDecision): BodyEvent => ({
    type: 'MemberOrganisationWithdrawn',
    data: { bodyId: NSCB, organisationId, inForceFrom, decision },
  }),
  torAdopted: (version: number, clauses: Clause[], inForceFrom = '2015-06-08', decision = earlierDecision): BodyEvent => ({
    type: 'TermsOfReferenceAdopted',
    data: { bodyId: NSCB, version, clauses, inForceFrom, decision },
  }),
  torAmended: (version: number, amendments: ClauseAmendment[], inForceFrom = '2016-06-08', decision = earlierDecision): BodyEvent => ({
    type: 'TermsOfReferenceAmended',
    data: { bodyId: NSCB, version, amendments, inForceFrom, decision },
  }),
  elected: (office: Office, term: string, holder: string, inForceFrom: string, decision = earlierDecision): BodyEvent => ({
    type: 'OfficeholderElected',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, decision },
  }),
  appointed: (office: Office, term: string, holder: string, inForceFrom: string, appointedBy: string): BodyEvent => ({
    type: 'OfficeholderAppointed',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, appointedBy },
  }),
  leftVacant: (office: Office, term: string, asOf: string, reason: string, decision = earlierDecision): BodyEvent => ({
    type: 'OfficeLeftVacant',
    data: { bodyId: NSCB, office, term, reason, asOf, decision },
  }),
  leftOffice: (office: Office, term: string, holder: string, inForceFrom: string, reason: string): BodyEvent => ({
    type: 'OfficeholderLeftOffice',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, reason },
  }),
};

/** Commands a governance officer (or the process manager) sends to the body. */
export const bodyCommand = {
  establish: (name = NSCB_NAME, shortName = 'NSCB'): BodyCommand => ({
    type: 'EstablishBody',
    data: { bodyId: NSCB, name, shortName },
  }),
  rename: (name: string, shortName: string, inForceFrom: string, decision = earlierDecision): BodyCommand => ({
    type: 'RenameBody',
    data: { bodyId: NSCB, name, shortName, inForceFrom, decision },
  }),
  admit: (organisationId: string, organisationName: string, inForceFrom = '2015-06-08', decision = earlierDecision): BodyCommand => ({
    type: 'AdmitMemberOrganisation',
    data: { bodyId: NSCB, organisationId, organisationName, inForceFrom, decision },
  }),
  withdraw: (organisationId: string, inForceFrom: string, decision = earlierDecision): BodyCommand => ({
    type: 'WithdrawMemberOrganisation',
    data: { bodyId: NSCB, organisationId, inForceFrom, decision },
  }),
  adoptTor: (version: number, clauses: Clause[], inForceFrom = '2015-06-08', decision = earlierDecision): BodyCommand => ({
    type: 'AdoptTermsOfReference',
    data: { bodyId: NSCB, version, clauses, inForceFrom, decision },
  }),
  amendTor: (version: number, amendments: ClauseAmendment[], inForceFrom = '2016-06-08', decision = earlierDecision): BodyCommand => ({
    type: 'AmendTermsOfReference',
    data: { bodyId: NSCB, version, amendments, inForceFrom, decision },
  }),
  elect: (office: Office, term: string, holder: string, inForceFrom: string, decision = earlierDecision): BodyCommand => ({
    type: 'ElectOfficeholder',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, decision },
  }),
  appoint: (office: Office, term: string, holder: string, inForceFrom: string, appointedBy: string): BodyCommand => ({
    type: 'AppointOfficeholder',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, appointedBy },
  }),
  leaveVacant: (office: Office, term: string, asOf: string, reason: string, decision = earlierDecision): BodyCommand => ({
    type: 'LeaveOfficeVacant',
    data: { bodyId: NSCB, office, term, reason, asOf, decision },
  }),
  recordLeaving: (office: Office, term: string, holder: string, inForceFrom: string, reason: string): BodyCommand => ({
    type: 'RecordOfficeholderLeaving',
    data: { bodyId: NSCB, office, term, holder, inForceFrom, reason },
  }),
  agreeDates: (startTimes: string[], decision = earlierDecision): BodyCommand => ({
    type: 'AgreeFutureMeetingDates',
    data: { bodyId: NSCB, startTimes, decision },
  }),
};
