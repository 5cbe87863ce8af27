import { InvalidValue, violation } from '../shared/domain-error';
import { requireText, requireTextIfGiven } from '../shared/values';

/** A clause keeps its id across versions, so version 3 and version 4 can be compared clause by clause. */
export interface Clause {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
}

export type ClauseAmendment =
  | { readonly change: 'replaced'; readonly clauseId: string; readonly heading?: string; readonly text: string }
  /** `afterClauseId: null` puts the clause first. */
  | { readonly change: 'inserted'; readonly clause: Clause; readonly afterClauseId: string | null }
  | { readonly change: 'removed'; readonly clauseId: string };

export function validateClauses(clauses: readonly Clause[]): void {
  if (!Array.isArray(clauses) || clauses.length === 0) {
    throw violation('EMPTY_TERMS_OF_REFERENCE', 'Terms of reference need at least one clause');
  }
  const seen = new Set<string>();
  clauses.forEach((clause, index) => {
    requireText(`clauses[${index}].id`, clause.id);
    requireText(`clauses[${index}].heading`, clause.heading);
    requireText(`clauses[${index}].text`, clause.text);
    if (seen.has(clause.id)) {
      throw violation('DUPLICATE_CLAUSE_ID', `Clause id "${clause.id}" is used twice in the terms of reference`, {
        clauseId: clause.id,
      });
    }
    seen.add(clause.id);
  });
}

function amendedClauseId(amendment: ClauseAmendment): string {
  return amendment.change === 'inserted' ? amendment.clause.id : amendment.clauseId;
}

/**
 * Checks an amendment against the version in force and returns the clauses it produces.
 * Projections reuse it to show the text of each version without re-implementing the rules.
 */
export function applyClauseAmendments(current: readonly Clause[], amendments: readonly ClauseAmendment[]): Clause[] {
  if (!Array.isArray(amendments) || amendments.length === 0) {
    throw violation('EMPTY_AMENDMENT', 'An amendment of the terms of reference must change at least one clause');
  }
  const touched = new Set<string>();
  let clauses = [...current];
  const has = (id: string) => clauses.some((clause) => clause.id === id);
  const mustExist = (id: string) => {
    if (!has(id)) {
      throw violation('UNKNOWN_CLAUSE', `Clause "${id}" is not in the terms of reference in force`, { clauseId: id });
    }
  };

  amendments.forEach((amendment, index) => {
    const field = `amendments[${index}]`;
    if (!['replaced', 'inserted', 'removed'].includes(amendment?.change)) {
      throw new InvalidValue('UNKNOWN_CHOICE', `${field}.change`, `${field}.change must be replaced, inserted or removed`);
    }
    const id = amendedClauseId(amendment);
    requireText(amendment.change === 'inserted' ? `${field}.clause.id` : `${field}.clauseId`, id);
    if (touched.has(id)) {
      throw violation('CLAUSE_AMENDED_TWICE', `Clause "${id}" is changed twice by one amendment`, { clauseId: id });
    }
    touched.add(id);
    switch (amendment.change) {
      case 'replaced':
        requireTextIfGiven(`${field}.heading`, amendment.heading);
        requireText(`${field}.text`, amendment.text);
        mustExist(id);
        clauses = clauses.map((clause) =>
          clause.id === id ? { id, heading: amendment.heading ?? clause.heading, text: amendment.text } : clause,
        );
        return;
      case 'removed':
        mustExist(id);
        clauses = clauses.filter((clause) => clause.id !== id);
        return;
      case 'inserted': {
        requireText(`${field}.clause.heading`, amendment.clause.heading);
        requireText(`${field}.clause.text`, amendment.clause.text);
        if (has(id)) {
          throw violation('CLAUSE_ALREADY_EXISTS', `Clause "${id}" already exists; replace it instead of inserting it`, {
            clauseId: id,
          });
        }
        const anchor = amendment.afterClauseId;
        if (anchor !== null) mustExist(anchor);
        const at = anchor === null ? 0 : clauses.findIndex((clause) => clause.id === anchor) + 1;
        const inserted: Clause = { id, heading: amendment.clause.heading, text: amendment.clause.text };
        clauses = [...clauses.slice(0, at), inserted, ...clauses.slice(at)];
        return;
      }
    }
  });

  if (clauses.length === 0) {
    throw violation('EMPTY_TERMS_OF_REFERENCE', 'An amendment may not remove every clause of the terms of reference');
  }
  return clauses;
}

/** For evolve, which must never throw: the clauses an already-accepted amendment produced. */
export function applyClauseAmendmentsLeniently(current: readonly Clause[], amendments: readonly ClauseAmendment[]): Clause[] {
  try {
    return applyClauseAmendments(current, amendments);
  } catch {
    return [...current];
  }
}
