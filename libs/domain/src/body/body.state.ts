import { unhandledEvent } from '../shared/message';
import type { DecisionReference } from '../shared/references';
import type { IsoDate, IsoDateTime, Term } from '../shared/values';
import type { BodyEvent } from './body.events';
import type { Office } from './office';
import { applyClauseAmendmentsLeniently, type Clause, type ClauseAmendment } from './terms-of-reference';

export interface BodyName {
  readonly name: string;
  readonly shortName: string;
  /** Absent for the name the body was first recorded with, when nobody knows since when. */
  readonly inForceFrom?: IsoDate;
  readonly decision?: DecisionReference;
}

export interface MembershipPeriod {
  readonly from: IsoDate;
  readonly admittedBy: DecisionReference;
  /** Exclusive end: the day the withdrawal took effect. */
  readonly until?: IsoDate;
  readonly withdrawnBy?: DecisionReference;
}

export interface MemberOrganisation {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly periods: readonly MembershipPeriod[];
}

export interface TermsOfReferenceVersion {
  readonly version: number;
  readonly clauses: readonly Clause[];
  readonly inForceFrom: IsoDate;
  readonly decision: DecisionReference;
  /** What changed from the previous version; absent for a version adopted whole. */
  readonly amendments?: readonly ClauseAmendment[];
}

export type Mandate = { readonly elected: DecisionReference } | { readonly appointedBy: string };

export interface Tenure {
  readonly holder: string;
  readonly from: IsoDate;
  readonly mandate: Mandate;
  readonly until?: IsoDate;
}

export interface Vacancy {
  readonly asOf: IsoDate;
  readonly reason: string;
  readonly decision: DecisionReference;
}

export interface OfficeTerm {
  readonly office: Office;
  readonly term: Term;
  readonly tenures: readonly Tenure[];
  readonly vacancies: readonly Vacancy[];
}

export interface AgreedMeetingDates {
  readonly startTimes: readonly IsoDateTime[];
  readonly decision: DecisionReference;
}

export interface EstablishedBody {
  readonly status: 'established';
  readonly bodyId: string;
  readonly establishedOn?: IsoDate;
  /** Oldest first; the last is the name in force. */
  readonly names: readonly BodyName[];
  readonly members: Readonly<Record<string, MemberOrganisation>>;
  /** Oldest first; the last is the version in force. */
  readonly termsOfReference: readonly TermsOfReferenceVersion[];
  readonly offices: readonly OfficeTerm[];
  readonly agreedMeetingDates: readonly AgreedMeetingDates[];
}

export type BodyState = { readonly status: 'not-established' } | EstablishedBody;

export const initialBodyState: BodyState = { status: 'not-established' };

export function currentName(body: EstablishedBody): BodyName {
  return body.names[body.names.length - 1]!;
}

export function termsOfReferenceInForce(body: EstablishedBody): TermsOfReferenceVersion | undefined {
  return body.termsOfReference[body.termsOfReference.length - 1];
}

export function currentMembershipOf(body: EstablishedBody, organisationId: string): MembershipPeriod | undefined {
  const periods = body.members[organisationId]?.periods ?? [];
  const last = periods[periods.length - 1];
  return last && last.until === undefined ? last : undefined;
}

export function officeTerm(body: EstablishedBody, office: Office, term: Term): OfficeTerm | undefined {
  return body.offices.find((entry) => entry.office === office && entry.term === term);
}

export function currentTenure(body: EstablishedBody, office: Office, term: Term): Tenure | undefined {
  return officeTerm(body, office, term)?.tenures.find((tenure) => tenure.until === undefined);
}

function withOfficeTerm(body: EstablishedBody, office: Office, term: Term, change: (entry: OfficeTerm) => OfficeTerm): EstablishedBody {
  const existing = officeTerm(body, office, term) ?? { office, term, tenures: [], vacancies: [] };
  const others = body.offices.filter((entry) => entry !== officeTerm(body, office, term));
  return { ...body, offices: [...others, change(existing)] };
}

function withMember(
  body: EstablishedBody,
  organisationId: string,
  change: (member: MemberOrganisation | undefined) => MemberOrganisation | undefined,
): EstablishedBody {
  const next = change(body.members[organisationId]);
  return next ? { ...body, members: { ...body.members, [organisationId]: next } } : body;
}

export function evolveBody(state: BodyState, event: BodyEvent): BodyState {
  if (event.type === 'BodyEstablished') {
    if (state.status === 'established') return state;
    const { bodyId, name, shortName, establishedOn, decision } = event.data;
    return {
      status: 'established',
      bodyId,
      ...(establishedOn !== undefined && { establishedOn }),
      names: [{ name, shortName, ...(establishedOn !== undefined && { inForceFrom: establishedOn }), ...(decision && { decision }) }],
      members: {},
      termsOfReference: [],
      offices: [],
      agreedMeetingDates: [],
    };
  }
  if (state.status !== 'established') return state;
  const body = state;

  switch (event.type) {
    case 'BodyRenamed': {
      const { name, shortName, inForceFrom, decision } = event.data;
      return { ...body, names: [...body.names, { name, shortName, inForceFrom, decision }] };
    }
    case 'MemberOrganisationAdmitted': {
      const { organisationId, organisationName, inForceFrom, decision } = event.data;
      return withMember(body, organisationId, (member) => ({
        organisationId,
        organisationName,
        periods: [...(member?.periods ?? []), { from: inForceFrom, admittedBy: decision }],
      }));
    }
    case 'MemberOrganisationWithdrawn': {
      const { organisationId, inForceFrom, decision } = event.data;
      return withMember(body, organisationId, (member) => {
        if (!member || !currentMembershipOf(body, organisationId)) return undefined;
        const periods = member.periods.map((period) =>
          period.until === undefined ? { ...period, until: inForceFrom, withdrawnBy: decision } : period,
        );
        return { ...member, periods };
      });
    }
    case 'TermsOfReferenceAdopted': {
      const { version, clauses, inForceFrom, decision } = event.data;
      return { ...body, termsOfReference: [...body.termsOfReference, { version, clauses, inForceFrom, decision }] };
    }
    case 'TermsOfReferenceAmended': {
      const { version, amendments, inForceFrom, decision } = event.data;
      const inForce = termsOfReferenceInForce(body);
      if (!inForce) return body;
      const clauses = applyClauseAmendmentsLeniently(inForce.clauses, amendments);
      return {
        ...body,
        termsOfReference: [...body.termsOfReference, { version, clauses, inForceFrom, decision, amendments }],
      };
    }
    case 'OfficeholderElected': {
      const { office, term, holder, inForceFrom, decision } = event.data;
      return withOfficeTerm(body, office, term, (entry) => ({
        ...entry,
        tenures: [...entry.tenures, { holder, from: inForceFrom, mandate: { elected: decision } }],
      }));
    }
    case 'OfficeholderAppointed': {
      const { office, term, holder, inForceFrom, appointedBy } = event.data;
      return withOfficeTerm(body, office, term, (entry) => ({
        ...entry,
        tenures: [...entry.tenures, { holder, from: inForceFrom, mandate: { appointedBy } }],
      }));
    }
    case 'OfficeLeftVacant': {
      const { office, term, reason, asOf, decision } = event.data;
      return withOfficeTerm(body, office, term, (entry) => ({
        ...entry,
        vacancies: [...entry.vacancies, { asOf, reason, decision }],
      }));
    }
    case 'OfficeholderLeftOffice': {
      const { office, term, holder, inForceFrom } = event.data;
      return withOfficeTerm(body, office, term, (entry) => ({
        ...entry,
        tenures: entry.tenures.map((tenure) =>
          tenure.until === undefined && tenure.holder === holder ? { ...tenure, until: inForceFrom } : tenure,
        ),
      }));
    }
    case 'FutureMeetingDatesAgreed': {
      const { startTimes, decision } = event.data;
      return { ...body, agreedMeetingDates: [...body.agreedMeetingDates, { startTimes, decision }] };
    }
    default:
      return unhandledEvent(event, body);
  }
}
