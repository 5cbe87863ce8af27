import type { BodyName, EstablishedBody, MembershipPeriod, Tenure, TermsOfReferenceVersion } from './body.state';
import { type Office, termLastDay } from './office';

/**
 * Valid time: what a body's record says was in force on a date. Dates compare as YYYY-MM-DD text.
 * Every answer changes only on a date the record names (see `validTimeBreakpoints`), which is what
 * lets the read models store each answer once for the days it holds.
 */

export function nameInForce(body: EstablishedBody, date: string): BodyName {
  const inForce = body.names.filter((name) => (name.inForceFrom ?? '') <= date);
  // Before the first recorded renaming, the name the body was established with stands.
  return inForce[inForce.length - 1] ?? body.names[0]!;
}

export interface MembershipView extends MembershipPeriod {
  readonly organisationId: string;
  readonly organisationName: string;
}

export function membershipPeriods(body: EstablishedBody): MembershipView[] {
  return Object.values(body.members).flatMap((member) =>
    member.periods.map((period) => ({
      ...period,
      organisationId: member.organisationId,
      organisationName: member.organisationName,
    })),
  );
}

export function membersInForce(body: EstablishedBody, date: string): MembershipView[] {
  return byOrganisation(
    membershipPeriods(body).filter((period) => period.from <= date && (period.until === undefined || date < period.until)),
  );
}

/** By name, and organisations of one name by id (an organisation's periods never overlap): one order whatever the list's. */
export function byOrganisation(members: MembershipView[]): MembershipView[] {
  return members.sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.organisationId.localeCompare(b.organisationId));
}

export function termsOfReferenceInForceOn(body: EstablishedBody, date: string): TermsOfReferenceVersion | undefined {
  const inForce = body.termsOfReference.filter((version) => version.inForceFrom <= date);
  // Two versions may start the same day (proposed, then amended by the same decision): the later wins.
  return inForce.sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom) || a.version - b.version).at(-1);
}

export interface OfficeholderView extends Tenure {
  readonly office: Office;
  readonly term: string;
}

/** Elected or appointed holders on a date, within their terms: a term that has ended is never extended. */
export function officeholdersInForce(body: EstablishedBody, date: string): OfficeholderView[] {
  const byOffice = new Map<Office, OfficeholderView>();
  for (const { office, term, tenures } of body.offices) {
    if (date > termLastDay(term)) continue;
    for (const tenure of tenures) {
      if (tenure.from > date || (tenure.until !== undefined && tenure.until <= date)) continue;
      const current = byOffice.get(office);
      // The most recent election or appointment to an office is its holder.
      if (!current || current.from < tenure.from) byOffice.set(office, { ...tenure, office, term });
    }
  }
  return [...byOffice.values()].sort((a, b) => a.office.localeCompare(b.office));
}

/** The day after a YYYY-MM-DD date. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The dates on which the functions above may give another answer than the day before: every date
 * they compare with. Between two of these dates (and before the first) each answer stays the same.
 */
export function validTimeBreakpoints(body: EstablishedBody): {
  readonly name: string[];
  readonly termsOfReference: string[];
  readonly members: string[];
  readonly officeholders: string[];
} {
  return {
    name: body.names.flatMap((name) => (name.inForceFrom === undefined ? [] : [name.inForceFrom])),
    termsOfReference: body.termsOfReference.map((version) => version.inForceFrom),
    members: membershipPeriods(body).flatMap((period) => (period.until === undefined ? [period.from] : [period.from, period.until])),
    officeholders: body.offices.flatMap(({ term, tenures }) => [
      // A term's holders are gone the day after its last day.
      dayAfter(termLastDay(term)),
      ...tenures.flatMap((tenure) => (tenure.until === undefined ? [tenure.from] : [tenure.from, tenure.until])),
    ]),
  };
}
