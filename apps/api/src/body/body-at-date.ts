import type { Clause, DecisionReference, EstablishedBody, Office, Vacancy } from '@ledger/domain';
import { membershipPeriods } from '@ledger/domain';

export interface VacancyView extends Vacancy {
  readonly office: Office;
  readonly term: string;
}

export function vacancies(body: EstablishedBody): VacancyView[] {
  return body.offices.flatMap(({ office, term, vacancies: list }) => list.map((vacancy) => ({ ...vacancy, office, term })));
}

export type ClauseChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ClauseDifference {
  readonly clauseId: string;
  readonly change: ClauseChange;
  readonly before?: Clause;
  readonly after?: Clause;
}

/** Clause by clause, in the order of the later version, then the clauses it removed. */
export function diffClauses(before: readonly Clause[], after: readonly Clause[]): ClauseDifference[] {
  const earlier = new Map(before.map((clause) => [clause.id, clause]));
  const later = new Set(after.map((clause) => clause.id));
  const kept = after.map((clause): ClauseDifference => {
    const previous = earlier.get(clause.id);
    if (!previous) return { clauseId: clause.id, change: 'added', after: clause };
    const same = previous.heading === clause.heading && previous.text === clause.text;
    return { clauseId: clause.id, change: same ? 'unchanged' : 'changed', before: previous, after: clause };
  });
  const removed = before
    .filter((clause) => !later.has(clause.id))
    .map((clause): ClauseDifference => ({ clauseId: clause.id, change: 'removed', before: clause }));
  return [...kept, ...removed];
}

export function sameDecision(a: DecisionReference | undefined, b: DecisionReference): boolean {
  return a !== undefined && a.meetingId === b.meetingId && a.itemNumber === b.itemNumber && (a.part ?? '') === (b.part ?? '');
}

export interface BodyChangeView {
  readonly description: string;
  readonly inForceFrom?: string;
}

/** What a decision changed on a body: the link back from a resolution part to the facts it made. */
export function changesMadeBy(body: EstablishedBody, decision: DecisionReference): BodyChangeView[] {
  const changes: BodyChangeView[] = [];
  for (const name of body.names) {
    if (sameDecision(name.decision, decision))
      changes.push({ description: `Named ${name.name} (${name.shortName})`, inForceFrom: name.inForceFrom });
  }
  for (const period of membershipPeriods(body)) {
    if (sameDecision(period.admittedBy, decision))
      changes.push({ description: `Admitted ${period.organisationName} as a member`, inForceFrom: period.from });
    if (sameDecision(period.withdrawnBy, decision))
      changes.push({ description: `Withdrew ${period.organisationName} as a member`, inForceFrom: period.until });
  }
  for (const version of body.termsOfReference) {
    if (sameDecision(version.decision, decision)) {
      changes.push({
        description: `${version.amendments ? 'Amended' : 'Adopted'} terms of reference version ${version.version}`,
        inForceFrom: version.inForceFrom,
      });
    }
  }
  for (const { office, term, tenures, vacancies: list } of body.offices) {
    for (const tenure of tenures) {
      if ('elected' in tenure.mandate && sameDecision(tenure.mandate.elected, decision)) {
        changes.push({ description: `Elected ${tenure.holder} ${office} for ${term}`, inForceFrom: tenure.from });
      }
    }
    for (const vacancy of list) {
      if (sameDecision(vacancy.decision, decision))
        changes.push({ description: `Left the office of ${office} for ${term} vacant`, inForceFrom: vacancy.asOf });
    }
  }
  return changes;
}
