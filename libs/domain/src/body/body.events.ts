import type { Message } from '../shared/message';
import type { DecisionReference } from '../shared/references';
import type { IsoDate, IsoDateTime, Term } from '../shared/values';
import type { Office } from './office';
import type { Clause, ClauseAmendment } from './terms-of-reference';

export type BodyEstablished = Message<
  'BodyEstablished',
  {
    bodyId: string;
    name: string;
    shortName: string;
    establishedOn?: IsoDate;
    decision?: DecisionReference;
  }
>;

export type BodyRenamed = Message<
  'BodyRenamed',
  { bodyId: string; name: string; shortName: string; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type MemberOrganisationAdmitted = Message<
  'MemberOrganisationAdmitted',
  {
    bodyId: string;
    organisationId: string;
    organisationName: string;
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

/** The membership ends on `inForceFrom`: the organisation is a member up to the day before. */
export type MemberOrganisationWithdrawn = Message<
  'MemberOrganisationWithdrawn',
  { bodyId: string; organisationId: string; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type TermsOfReferenceAdopted = Message<
  'TermsOfReferenceAdopted',
  { bodyId: string; version: number; clauses: Clause[]; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type TermsOfReferenceAmended = Message<
  'TermsOfReferenceAmended',
  {
    bodyId: string;
    version: number;
    amendments: ClauseAmendment[];
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

export type OfficeholderElected = Message<
  'OfficeholderElected',
  {
    bodyId: string;
    office: Office;
    term: Term;
    holder: string;
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

/** Holding an office by virtue of another post (e.g. the Cabinet Lead Member chairs): nobody voted. */
export type OfficeholderAppointed = Message<
  'OfficeholderAppointed',
  { bodyId: string; office: Office; term: Term; holder: string; inForceFrom: IsoDate; appointedBy: string }
>;

export type OfficeLeftVacant = Message<
  'OfficeLeftVacant',
  { bodyId: string; office: Office; term: Term; reason: string; asOf: IsoDate; decision: DecisionReference }
>;

export type OfficeholderLeftOffice = Message<
  'OfficeholderLeftOffice',
  { bodyId: string; office: Office; term: Term; holder: string; inForceFrom: IsoDate; reason: string }
>;

export type FutureMeetingDatesAgreed = Message<
  'FutureMeetingDatesAgreed',
  { bodyId: string; startTimes: IsoDateTime[]; decision: DecisionReference }
>;

export type BodyEvent =
  | BodyEstablished
  | BodyRenamed
  | MemberOrganisationAdmitted
  | MemberOrganisationWithdrawn
  | TermsOfReferenceAdopted
  | TermsOfReferenceAmended
  | OfficeholderElected
  | OfficeholderAppointed
  | OfficeLeftVacant
  | OfficeholderLeftOffice
  | FutureMeetingDatesAgreed;

export type BodyEventType = BodyEvent['type'];
