import { commandEntry } from '../commands/command-entry';
import { AdmitMemberOrganisationInput } from './admit-member-organisation.input';
import { AdoptTermsOfReferenceInput } from './adopt-terms-of-reference.input';
import { AgreeFutureMeetingDatesInput } from './agree-future-meeting-dates.input';
import { AmendTermsOfReferenceInput } from './amend-terms-of-reference.input';
import { AppointOfficeholderInput } from './appoint-officeholder.input';
import { ElectOfficeholderInput } from './elect-officeholder.input';
import { EstablishBodyInput } from './establish-body.input';
import { LeaveOfficeVacantInput } from './leave-office-vacant.input';
import { RecordOfficeholderLeavingInput } from './record-officeholder-leaving.input';
import { RenameBodyInput } from './rename-body.input';
import { toClauseAmendment } from './to-clause-amendment';
import { WithdrawMemberOrganisationInput } from './withdraw-member-organisation.input';

/** The commands of a body (a board or committee), written to the stream body-<bodyId>. Each is a mutation named after it. */
export const BODY_COMMANDS = [
  commandEntry({ type: 'EstablishBody', input: EstablishBodyInput, description: 'Start the record of a board.' }),
  commandEntry({ type: 'RenameBody', input: RenameBodyInput, description: 'Give a body a new name and short name, as a board resolved.' }),
  commandEntry({
    type: 'AdmitMemberOrganisation',
    input: AdmitMemberOrganisationInput,
    description: 'Admit a member organisation, as a board resolved.',
  }),
  commandEntry({
    type: 'WithdrawMemberOrganisation',
    input: WithdrawMemberOrganisationInput,
    description: "End a member organisation's membership, as a board resolved.",
  }),
  commandEntry({
    type: 'AdoptTermsOfReference',
    input: AdoptTermsOfReferenceInput,
    description: 'Adopt a whole new version of the terms of reference, as a board resolved.',
  }),
  commandEntry({
    type: 'AmendTermsOfReference',
    input: AmendTermsOfReferenceInput,
    description: 'Amend clauses of the terms of reference in force (replace, insert, remove), making a new version.',
    toData: (amend) => ({
      ...amend,
      amendments: amend.amendments.map(toClauseAmendment),
    }),
  }),
  commandEntry({
    type: 'ElectOfficeholder',
    input: ElectOfficeholderInput,
    description: 'Record an officeholder the board elected for a municipal year.',
  }),
  commandEntry({
    type: 'AppointOfficeholder',
    input: AppointOfficeholderInput,
    description: "Record an officeholder appointed other than by the board's election.",
  }),
  commandEntry({
    type: 'LeaveOfficeVacant',
    input: LeaveOfficeVacantInput,
    description: 'Record that the board left an office vacant for a term.',
  }),
  commandEntry({
    type: 'RecordOfficeholderLeaving',
    input: RecordOfficeholderLeavingInput,
    description: 'Record that an officeholder left office during their term.',
  }),
  commandEntry({
    type: 'AgreeFutureMeetingDates',
    input: AgreeFutureMeetingDatesInput,
    description: 'Record the dates of future meetings the board agreed.',
  }),
] as const;
