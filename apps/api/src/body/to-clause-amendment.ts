import type { ClauseAmendment } from '@ledger/domain';
import { chosenField } from '../shared/one-of';
import { withoutAbsentFields } from '../commands/without-absent-fields';
import type { ClauseAmendmentInput } from './clause-amendment.input';

export function toClauseAmendment(input: ClauseAmendmentInput): ClauseAmendment {
  const chosen = chosenField(withoutAbsentFields(input));
  switch (chosen.field) {
    case 'replace':
      return { change: 'replaced', ...chosen.value };
    case 'insert':
      // Null is meaningful here: the domain reads `afterClauseId: null` as "put it first".
      return { change: 'inserted', clause: chosen.value.clause, afterClauseId: chosen.value.afterClauseId ?? null };
    case 'remove':
      return { change: 'removed', clauseId: chosen.value.clauseId };
  }
}
