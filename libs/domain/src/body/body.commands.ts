import type { Message } from '../shared/message';
import type { DecisionReference } from '../shared/references';
import type { IsoDate, IsoDateTime, Term } from '../shared/values';
import type { Office } from './office';
import type { Clause, ClauseAmendment } from './terms-of-reference';

export type EstablishBody = Message<
  'EstablishBody',
  { bodyId: string; name: string; shortName: string; establishedOn?: IsoDate; decision?: DecisionReference }
>;

export type RenameBody = Message<
  'RenameBody',
  { bodyId: string; name: string; shortName: string; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type AdmitMemberOrganisation = Message<
  'AdmitMemberOrganisation',
  {
    bodyId: string;
    organisationId: string;
    organisationName: string;
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

export type WithdrawMemberOrganisation = Message<
  'WithdrawMemberOrganisation',
  { bodyId: string; organisationId: string; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type AdoptTermsOfReference = Message<
  'AdoptTermsOfReference',
  { bodyId: string; version: number; clauses: Clause[]; inForceFrom: IsoDate; decision: DecisionReference }
>;

export type AmendTermsOfReference = Message<
  'AmendTermsOfReference',
  {
    bodyId: string;
    version: number;
    amendments: ClauseAmendment[];
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

export type ElectOfficeholder = Message<
  'ElectOfficeholder',
  {
    bodyId: string;
    office: Office;
    term: Term;
    holder: string;
    inForceFrom: IsoDate;
    decision: DecisionReference;
  }
>;

export type AppointOfficeholder = Message<
  'AppointOfficeholder',
  { bodyId: string; office: Office; term: Term; holder: string; inForceFrom: IsoDate; appointedBy: string }
>;

export type LeaveOfficeVacant = Message<
  'LeaveOfficeVacant',
  { bodyId: string; office: Office; term: Term; reason: string; asOf: IsoDate; decision: DecisionReference }
>;

export type RecordOfficeholderLeaving = Message<
  'RecordOfficeholderLeaving',
  { bodyId: string; office: Office; term: Term; holder: string; inForceFrom: IsoDate; reason: string }
>;

export type AgreeFutureMeetingDates = Message<
  'AgreeFutureMeetingDates',
  { bodyId: string; startTimes: IsoDateTime[]; decision: DecisionReference }
>;

export type BodyCommand =
  | EstablishBody
  | RenameBody
  | AdmitMemberOrganisation
  | WithdrawMemberOrganisation
  | AdoptTermsOfReference
  | AmendTermsOfReference
  | ElectOfficeholder
  | AppointOfficeholder
  | LeaveOfficeVacant
  | RecordOfficeholderLeaving
  | AgreeFutureMeetingDates;

export type BodyCommandType = BodyCommand['type'];
