import { AggregateAlreadyExists, AggregateNotFound, InvalidValue, violation } from '../shared/domain-error';
import { assertNever } from '../shared/message';
import { requireDecisionReference } from '../shared/references';
import { requireDate, requireDateTime, requireTerm, requireText, type IsoDate, type Term } from '../shared/values';
import type { BodyCommand } from './body.commands';
import type { BodyEvent } from './body.events';
import {
  currentMembershipOf,
  currentName,
  currentTenure,
  officeTerm,
  termsOfReferenceInForce,
  type BodyState,
  type EstablishedBody,
} from './body.state';
import { describeOffice, isOffice, type Office } from './office';
import { applyClauseAmendments, validateClauses } from './terms-of-reference';

export function decideBody(command: BodyCommand, state: BodyState): BodyEvent[] {
  if (command.type === 'EstablishBody') {
    if (state.status === 'established') throw new AggregateAlreadyExists('body', command.data.bodyId, command.type);
    return establish(command.data);
  }
  if (state.status !== 'established') throw new AggregateNotFound('body', command.data.bodyId, command.type);
  const body = state;

  switch (command.type) {
    case 'RenameBody': {
      const { name, shortName, inForceFrom, decision } = command.data;
      requireText('name', name);
      requireText('shortName', shortName);
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      const current = currentName(body);
      if (current.name === name && current.shortName === shortName) {
        throw violation('NAME_UNCHANGED', `The body is already called "${name}" (${shortName})`);
      }
      refuseDateBefore(current.inForceFrom, inForceFrom, 'the current name');
      return [{ type: 'BodyRenamed', data: { bodyId: body.bodyId, name, shortName, inForceFrom, decision } }];
    }

    case 'AdmitMemberOrganisation': {
      const { organisationId, organisationName, inForceFrom, decision } = command.data;
      requireText('organisationId', organisationId);
      requireText('organisationName', organisationName);
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      const current = currentMembershipOf(body, organisationId);
      if (current) {
        throw violation(
          'MEMBER_ALREADY_ADMITTED',
          `${organisationName} has been a member since ${current.from} and cannot be admitted again`,
          { organisationId },
        );
      }
      const periods = body.members[organisationId]?.periods ?? [];
      const lastEnded = periods[periods.length - 1]?.until;
      if (lastEnded !== undefined && inForceFrom < lastEnded) {
        throw violation(
          'MEMBERSHIP_PERIODS_OVERLAP',
          `${organisationName}'s previous membership ran until ${lastEnded}; a new one cannot start on ${inForceFrom}`,
          { organisationId },
        );
      }
      return [
        {
          type: 'MemberOrganisationAdmitted',
          data: { bodyId: body.bodyId, organisationId, organisationName, inForceFrom, decision },
        },
      ];
    }

    case 'WithdrawMemberOrganisation': {
      const { organisationId, inForceFrom, decision } = command.data;
      requireText('organisationId', organisationId);
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      const current = currentMembershipOf(body, organisationId);
      if (!current) {
        throw violation('NOT_A_MEMBER', `Organisation "${organisationId}" is not a member and cannot be withdrawn`, {
          organisationId,
        });
      }
      if (inForceFrom < current.from) {
        throw violation(
          'WITHDRAWAL_BEFORE_ADMISSION',
          `The membership of "${organisationId}" began on ${current.from}; it cannot end on ${inForceFrom}`,
          { organisationId },
        );
      }
      return [{ type: 'MemberOrganisationWithdrawn', data: { bodyId: body.bodyId, organisationId, inForceFrom, decision } }];
    }

    case 'AdoptTermsOfReference': {
      const { version, clauses, inForceFrom, decision } = command.data;
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      requireNextVersion(body, version);
      validateClauses(clauses);
      refuseDateBefore(termsOfReferenceInForce(body)?.inForceFrom, inForceFrom, 'the terms of reference in force');
      return [{ type: 'TermsOfReferenceAdopted', data: { bodyId: body.bodyId, version, clauses, inForceFrom, decision } }];
    }

    case 'AmendTermsOfReference': {
      const { version, amendments, inForceFrom, decision } = command.data;
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      const inForce = termsOfReferenceInForce(body);
      if (!inForce) {
        throw violation('TOR_NOT_ADOPTED', 'The body has no terms of reference yet, so there is nothing to amend');
      }
      requireNextVersion(body, version);
      applyClauseAmendments(inForce.clauses, amendments);
      refuseDateBefore(inForce.inForceFrom, inForceFrom, 'the terms of reference in force');
      return [{ type: 'TermsOfReferenceAmended', data: { bodyId: body.bodyId, version, amendments, inForceFrom, decision } }];
    }

    case 'ElectOfficeholder': {
      const { office, term, holder, inForceFrom, decision } = command.data;
      requireOfficeTerm(office, term);
      requireText('holder', holder);
      requireDate('inForceFrom', inForceFrom);
      requireDecisionReference('decision', decision);
      refuseSecondHolder(body, office, term, inForceFrom);
      return [{ type: 'OfficeholderElected', data: { bodyId: body.bodyId, office, term, holder, inForceFrom, decision } }];
    }

    case 'AppointOfficeholder': {
      const { office, term, holder, inForceFrom, appointedBy } = command.data;
      requireOfficeTerm(office, term);
      requireText('holder', holder);
      requireText('appointedBy', appointedBy);
      requireDate('inForceFrom', inForceFrom);
      refuseSecondHolder(body, office, term, inForceFrom);
      return [{ type: 'OfficeholderAppointed', data: { bodyId: body.bodyId, office, term, holder, inForceFrom, appointedBy } }];
    }

    case 'LeaveOfficeVacant': {
      const { office, term, reason, asOf, decision } = command.data;
      requireOfficeTerm(office, term);
      requireText('reason', reason);
      requireDate('asOf', asOf);
      requireDecisionReference('decision', decision);
      const holder = currentTenure(body, office, term);
      if (holder) {
        throw violation(
          'OFFICE_ALREADY_HELD',
          `${describeOffice(office)} for ${term} is held by ${holder.holder}, so it cannot be left vacant`,
          { office, term },
        );
      }
      return [{ type: 'OfficeLeftVacant', data: { bodyId: body.bodyId, office, term, reason, asOf, decision } }];
    }

    case 'RecordOfficeholderLeaving': {
      const { office, term, holder, inForceFrom, reason } = command.data;
      requireOfficeTerm(office, term);
      requireText('holder', holder);
      requireText('reason', reason);
      requireDate('inForceFrom', inForceFrom);
      const tenure = currentTenure(body, office, term);
      if (!tenure || tenure.holder !== holder) {
        throw violation('NOT_THE_OFFICEHOLDER', `${holder} does not hold the office of ${describeOffice(office)} for ${term}`, {
          office,
          term,
          holder,
        });
      }
      if (inForceFrom < tenure.from) {
        throw violation('LEAVING_BEFORE_TAKING_OFFICE', `${holder} took office on ${tenure.from} and cannot leave it on ${inForceFrom}`, {
          office,
          term,
          holder,
        });
      }
      return [{ type: 'OfficeholderLeftOffice', data: { bodyId: body.bodyId, office, term, holder, inForceFrom, reason } }];
    }

    case 'AgreeFutureMeetingDates': {
      const { startTimes, decision } = command.data;
      requireDecisionReference('decision', decision);
      if (!Array.isArray(startTimes) || startTimes.length === 0) {
        throw violation('NO_MEETING_DATES', 'An agreed schedule of meetings must name at least one date');
      }
      startTimes.forEach((startTime, index) => requireDateTime(`startTimes[${index}]`, startTime));
      if (new Set(startTimes).size !== startTimes.length) {
        throw violation('DUPLICATE_MEETING_DATES', 'The agreed schedule names the same meeting time twice');
      }
      return [{ type: 'FutureMeetingDatesAgreed', data: { bodyId: body.bodyId, startTimes, decision } }];
    }

    default:
      return assertNever(command);
  }
}

function establish(data: Extract<BodyCommand, { type: 'EstablishBody' }>['data']): BodyEvent[] {
  const { bodyId, name, shortName, establishedOn, decision } = data;
  requireText('bodyId', bodyId);
  requireText('name', name);
  requireText('shortName', shortName);
  if (establishedOn !== undefined) requireDate('establishedOn', establishedOn);
  if (decision !== undefined) requireDecisionReference('decision', decision);
  return [
    {
      type: 'BodyEstablished',
      data: {
        bodyId,
        name,
        shortName,
        ...(establishedOn !== undefined && { establishedOn }),
        ...(decision !== undefined && { decision }),
      },
    },
  ];
}

function refuseDateBefore(current: IsoDate | undefined, proposed: IsoDate, what: string): void {
  if (current !== undefined && proposed < current) {
    throw violation(
      'IN_FORCE_DATE_BEFORE_CURRENT_VERSION',
      `A change in force from ${proposed} cannot replace ${what}, in force from ${current}`,
      { current, proposed },
    );
  }
}

function requireNextVersion(body: EstablishedBody, version: number): void {
  const next = (termsOfReferenceInForce(body)?.version ?? 0) + 1;
  if (version !== next) {
    throw violation('TOR_VERSION_NOT_NEXT', `The next version of the terms of reference is ${next}, not ${String(version)}`, {
      expected: next,
      proposed: version,
    });
  }
}

function requireOfficeTerm(office: Office, term: Term): void {
  if (!isOffice(office)) {
    throw new InvalidValue('UNKNOWN_CHOICE', 'office', `office must be "chair" or "deputy-chair", not "${String(office)}"`);
  }
  requireTerm('term', term);
}

function refuseSecondHolder(body: EstablishedBody, office: Office, term: Term, from: IsoDate): void {
  const clash = (officeTerm(body, office, term)?.tenures ?? []).find((tenure) => tenure.until === undefined || from < tenure.until);
  if (clash) {
    throw violation(
      'OFFICE_ALREADY_HELD',
      `${describeOffice(office)} for ${term} is held by ${clash.holder}${clash.until ? ` until ${clash.until}` : ''}`,
      { office, term, holder: clash.holder },
    );
  }
}
